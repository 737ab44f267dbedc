package se.kompetenslaget.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.access.User;
import se.kompetenslaget.access.UserRepository;

/** Test data for access control: people with grants, signed in through the real API. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "ett-långt-testlösenord";

    private final UserRepository users;

    public Fixtures(UserRepository users) {
        this.users = users;
    }

    /** A person with one grant (county for a coordinator, municipality for an editor), unique per call. */
    @Transactional
    public String createUser(String name, Role role, String scope) {
        Instant now = Instant.now();
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kompetenslaget.se";
        User user = User.create(email, name, PASSWORD, now);
        if (role != null) {
            user.grant(role, scope, scope, now);
        }
        users.persist(user);
        return user.email;
    }

    /** Signs in through the API and returns the session cookie's value. */
    public static String signIn(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .when().post("/api/v1/auth/sign-in")
                .then().statusCode(200).extract().cookie("kl_session");
    }

    /** Creates a personal token from a session and returns its value. */
    public static String personalToken(String session, List<String> scopes) {
        return given().cookie("kl_session", session).contentType(ContentType.JSON)
                .body(Map.of("name", "test token", "scopes", scopes))
                .when().post("/api/v1/me/tokens")
                .then().statusCode(201).extract().path("value");
    }

    /** Creates an integration token for a municipality from a session and returns its value. */
    public static String integrationToken(String session, String municipalityCode, List<String> scopes) {
        return given().cookie("kl_session", session).contentType(ContentType.JSON)
                .body(Map.of("name", "Lönesystemet", "scopes", scopes))
                .when().post("/api/v1/municipalities/" + municipalityCode + "/tokens")
                .then().statusCode(201).extract().path("value");
    }
}
