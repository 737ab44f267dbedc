package se.kompetenslaget.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.Fixtures;

@QuarkusTest
class SessionRetentionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SessionRetention retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRemoveSessionsThatEndedLongAgoAndKeepLiveOnes() throws SQLException {
        String email = fixtures.createUser("retention", null, null);
        String expiredLongAgo = Fixtures.signIn(email);
        String signedOutLongAgo = Fixtures.signIn(email);
        String endedYesterday = Fixtures.signIn(email);
        String live = Fixtures.signIn(email);
        age(expiredLongAgo, "expires_at = now() - interval '30 days'");
        age(signedOutLongAgo, "revoked_at = now() - interval '8 days'");
        age(endedYesterday, "expires_at = now() - interval '1 day'");

        retention.removeEndedSessions();

        assertEquals(0, count(expiredLongAgo), "a session expired 30 days ago");
        assertEquals(0, count(signedOutLongAgo), "a session signed out 8 days ago");
        assertEquals(1, count(endedYesterday), "a session that ended within the retention period");
        assertEquals(1, count(live), "a live session");
        given().cookie("kl_session", live).when().get("/api/v1/auth/me").then().statusCode(200);
    }

    private void age(String session, String assignment) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE user_session SET " + assignment + " WHERE token_hash = ?")) {
            update.setString(1, Secrets.sha256(session));
            assertEquals(1, update.executeUpdate());
        }
    }

    private long count(String session) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM user_session WHERE token_hash = ?")) {
            select.setString(1, Secrets.sha256(session));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
