package se.kompetenslaget.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.survey.SurveyApi;

/** A person's data: everything exported as one document, then erased so that their address is in no table. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldExportEverythingAboutAPersonAndEraseTheirAddressFromEveryTable() throws SQLException {
        String admin = Fixtures.signIn(fixtures.createUser("gdpr-admin", Role.ADMIN, null));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "erik.lind." + unique + "@pitea.se";
        String displayName = "Erik Lind " + unique;
        // The person is created by an administrator (audited with address and name), given grants, signs in, ...
        String id = given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", "gdpr-" + unique)
                .body(Map.of("email", email, "displayName", displayName, "password", Fixtures.PASSWORD))
                .when().post("/api/v1/users").then().statusCode(201).extract().path("id");
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("role", "municipality_editor", "municipalityCode", "2581"))
                .when().post("/api/v1/users/" + id + "/grants").then().statusCode(201);
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("role", "analyst"))
                .when().post("/api/v1/users/" + id + "/grants").then().statusCode(201);
        String session = Fixtures.signIn(email.toUpperCase(Locale.ROOT));
        // ... has a token, records a decision (authorship by address, and the address in a note) ...
        String token = Fixtures.personalToken(session, List.of("read"));
        given().cookie("kl_session", session).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2026-03-10", "decisionBody", "Socialnämnden",
                        "note", "Frågor till " + email.toUpperCase(Locale.ROOT)))
                .when().post("/api/v1/municipalities/2581/decisions").then().statusCode(201);
        // ... and is the respondent contact of an invitation, giving the address in another case.
        SurveyApi surveys = new SurveyApi(admin);
        String questionnaire = surveys.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Kontaktuppgifter " + unique, null));
        surveys.open(questionnaire);
        String link = surveys.invite(questionnaire, Map.of("target", "municipalities", "municipalityCodes", List.of("2581")))
                .get("2581");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", displayName, "email", "Erik.Lind." + unique + "@Pitea.se", "phone", "0911-69 60 00"))
                .when().put("/api/v1/respond/" + link + "/contact").then().statusCode(200)
                .body("email", equalTo("Erik.Lind." + unique + "@Pitea.se"));

        List<String> before = tablesHolding(email);
        assertTrue(before.containsAll(List.of("app_user", "audit_event", "invitation", "reduction_decision")),
                "the scan finds the address where it was stored: " + before);

        given().cookie("kl_session", admin).when().get("/api/v1/admin/people/" + id + "/personal-data").then()
                .statusCode(200)
                .body("subject.userId", equalTo(id))
                .body("user.email", equalTo(email)).body("user.displayName", equalTo(displayName))
                .body("grants.role", hasItems("municipality_editor", "analyst"))
                .body("sessions", hasSize(1)).body("sessions[0].tokenHash", nullValue())
                .body("tokens", hasSize(1)).body("tokens[0].relation", equalTo("owner"))
                .body("tokens[0].tokenHash", nullValue())
                .body("auditEvents.action", hasItems("create", "grant", "sign_in", "token_issued", "create"))
                .body("invitationContacts", hasSize(1))
                .body("invitationContacts[0].phone", equalTo("0911-69 60 00"))
                .body("otherRecords.table", hasItem("reduction_decision"))
                .body("otherRecords.findAll { it.table == 'invitation' }.row.link_hash", not(hasItem(notNullValue())));
        // A respondent contact who is no user is found by address.
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("email", "nobody-" + unique + "@pitea.se"))
                .when().post("/api/v1/admin/people/personal-data").then().statusCode(200)
                .body("user", nullValue()).body("invitationContacts", empty()).body("auditEvents", empty());
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase(Locale.ROOT)))
                .when().post("/api/v1/admin/people/personal-data").then().statusCode(200)
                .body("subject.userId", equalTo(id)).body("invitationContacts", hasSize(1));

        // Only administrators; not yourself.
        given().cookie("kl_session", session).when().post("/api/v1/admin/people/" + id + "/erasure").then().statusCode(403);
        String adminId = given().cookie("kl_session", admin).when().get("/api/v1/auth/me").then().statusCode(200)
                .extract().path("user.id");
        given().cookie("kl_session", admin).when().post("/api/v1/admin/people/" + adminId + "/erasure").then()
                .statusCode(409);
        long eventsBefore = countAuditEventsBy(id);

        given().cookie("kl_session", admin).when().post("/api/v1/admin/people/" + id + "/erasure").then().statusCode(200)
                .body("userId", equalTo(id)).body("pseudonym", equalTo("erased:" + id))
                .body("sessionsDeleted", equalTo(1)).body("tokensDeleted", equalTo(1)).body("grantsRemoved", equalTo(2))
                .body("invitationContactsCleared", equalTo(1)).body("rowsRewritten.audit_event", greaterThan(0));

        assertEquals(List.of(), tablesHolding(email), "no table holds the address after the erasure");
        given().cookie("kl_session", session).when().get("/api/v1/auth/me").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/auth/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Fixtures.PASSWORD))
                .when().post("/api/v1/auth/sign-in").then().statusCode(401);
        // The audit trail keeps every event, by id and pseudonym, and records the erasure without the address.
        assertEquals(eventsBefore, countAuditEventsBy(id));
        given().cookie("kl_session", admin).when().get("/api/v1/audit-events?actor=" + id).then().statusCode(200)
                .body("items.actorLabel", everyItemIs("erased:" + id));
        given().cookie("kl_session", admin).when().get("/api/v1/audit-events?type=person&action=erase").then()
                .statusCode(200).body("items.entityId", hasItem(id));
        given().cookie("kl_session", admin).when().get("/api/v1/users/" + id).then().statusCode(200)
                .body("email", nullValue()).body("displayName", equalTo("erased:" + id)).body("active", equalTo(false))
                .body("erasedAt", notNullValue()).body("grants", empty());
        given().cookie("kl_session", admin).when().get("/api/v1/questionnaires/" + questionnaire + "/invitations").then()
                .statusCode(200).body("items[0].contact", nullValue());
        given().cookie("kl_session", admin).when().post("/api/v1/admin/people/" + id + "/erasure").then().statusCode(409);
    }

    @Test
    void shouldEraseARespondentContactWhoIsNoUser() throws SQLException {
        String admin = Fixtures.signIn(fixtures.createUser("gdpr-contact-admin", Role.ADMIN, null));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "kontakt." + unique + "@boden.se";
        SurveyApi surveys = new SurveyApi(admin);
        String questionnaire = surveys.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Kontakt " + unique, null));
        surveys.open(questionnaire);
        String link = surveys.invite(questionnaire, Map.of("target", "municipalities", "municipalityCodes", List.of("2582")))
                .get("2582");
        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().put("/api/v1/respond/" + link + "/contact").then().statusCode(200);
        assertEquals(List.of("invitation"), tablesHolding(email));

        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/admin/people/erasure").then().statusCode(200)
                .body("userId", nullValue()).body("invitationContactsCleared", equalTo(1));
        assertEquals(List.of(), tablesHolding(email));
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("email", "inte en adress"))
                .when().post("/api/v1/admin/people/erasure").then().statusCode(400);
    }

    @Test
    void shouldExportAndEraseAMunicipalitysSurveyContactWithThePerson() throws SQLException {
        String admin = Fixtures.signIn(fixtures.createUser("gdpr-survey-contact-admin", Role.ADMIN, null));
        String coordinator = Fixtures.signIn(fixtures.createUser("gdpr-survey-contact-coord", Role.COUNTY_COORDINATOR, "25"));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "enkat." + unique + "@kalix.se";
        String name = "Karin Kontakt " + unique;
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email, "role", "Socialchef", "serviceAreas", List.of("barn_unga")))
                .when().post("/api/v1/municipalities/2514/contacts").then().statusCode(201);
        assertTrue(tablesHolding(email).contains("municipality_contact"), tablesHolding(email).toString());

        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase(Locale.ROOT)))
                .when().post("/api/v1/admin/people/personal-data").then().statusCode(200)
                .body("otherRecords.findAll { it.table == 'municipality_contact' }.row.name", hasItem(name));

        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/admin/people/erasure").then().statusCode(200)
                .body("surveyContactsDeleted", equalTo(1));
        assertEquals(List.of(), tablesHolding(email));
        assertEquals(List.of(), tablesHolding(name));
        given().cookie("kl_session", coordinator).when().get("/api/v1/municipalities/2514/contacts").then()
                .statusCode(200).body("email", not(hasItem(email)));
    }

    @Test
    void shouldKeepTheAuditTrailAppendOnlyOutsideAnErasure() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_event SET actor_label = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_event"));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT set_config('kl.erasing_person', 'on', true)");
                // Even an erasure rewrites only the label and the changes, and deletes nothing.
                assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_event SET action = 'x'"));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Every table of the schema whose rows, cast to text as a whole (every column, whatever its type), contain the
     * address in any case. Generic on purpose: a table added later is scanned too.
     */
    private List<String> tablesHolding(String email) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> all = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet found = statement.executeQuery("SELECT quote_ident(table_name) FROM information_schema.tables "
                            + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (found.next()) {
                    all.add(found.getString(1));
                }
            }
            assertTrue(all.size() > 20, "the scan sees the schema's tables: " + all);
            for (String table : all) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM " + table + " t WHERE strpos(lower(t::text), lower(?)) > 0")) {
                    query.setString(1, email);
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            tables.add(table);
                        }
                    }
                }
            }
        }
        return tables;
    }

    private long countAuditEventsBy(String userId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM audit_event WHERE actor_id = ?")) {
            query.setObject(1, UUID.fromString(userId));
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
