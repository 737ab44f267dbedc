package se.kompetenslaget.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.TestDatabase;

/** V26 turns the English sentences the mail worker used to store as a reply into reason codes. */
class MailReasonMigrationTest {

    @Test
    void shouldGiveEveryOldReasonItsCodeAndKeepTheServersRepliesAsTheyWere() throws SQLException {
        String database = "kl_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase.admin("CREATE DATABASE " + database);
        // recipient → (status, last_reply before)
        Map<String, String[]> before = new LinkedHashMap<>();
        before.put("a@kommun.se", new String[] { "cancelled", "Not sent: the invitation was withdrawn." });
        before.put("b@kommun.se", new String[] { "cancelled", "Not sent: the questionnaire is closed." });
        before.put("c@kommun.se", new String[] { "cancelled", "Not sent: the municipality has submitted its answers." });
        before.put("d@kommun.se", new String[] { "cancelled", "Not sent: the contact was removed." });
        before.put("e@kommun.se", new String[] { "deferred", "No answer from the mail server: Connection refused" });
        before.put("f@kommun.se", new String[] { "failed", "550 5.1.1 Mailbox unavailable" });
        before.put("g@kommun.se", new String[] { "sent", "250 accepted" });
        before.put("h@kommun.se", new String[] { "queued", null });
        try {
            TestDatabase.migrate(database, "24");
            try (Connection connection = TestDatabase.connect(database);
                    Statement sql = connection.createStatement()) {
                sql.execute("""
                        INSERT INTO questionnaire (id, title_sv, status, current_version, created_at, updated_at)
                        VALUES ('00000000-0000-0000-0000-000000000001', 'Inhyrd personal', 'open', 1, now(), now());
                        INSERT INTO invitation (id, questionnaire_id, municipality_code, link_hash, link_issued_at, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', '2580',
                                'h1', now(), now());
                        INSERT INTO mailing (id, questionnaire_id, kind, send_at, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-000000000001',
                                'reminder', now(), now());
                        """);
                for (Map.Entry<String, String[]> row : before.entrySet()) {
                    String reply = row.getValue()[1];
                    sql.execute("INSERT INTO mail_outbox (id, mailing_id, invitation_id, kind, recipient, language, status, "
                            + "next_attempt_at, last_reply, created_at) VALUES ('" + UUID.randomUUID() + "', "
                            + "'00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', 'reminder', '"
                            + row.getKey() + "', 'sv', '" + row.getValue()[0] + "', now(), "
                            + (reply == null ? "NULL" : "'" + reply + "'") + ", now())");
                }
            }

            TestDatabase.migrate(database, "latest");

            Map<String, String> after = new LinkedHashMap<>();
            try (Connection connection = TestDatabase.connect(database);
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT recipient, reason, last_reply FROM mail_outbox ORDER BY recipient")) {
                while (rows.next()) {
                    after.put(rows.getString(1), rows.getString(2) + " | " + rows.getString(3));
                }
            }
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("a@kommun.se", "invitation_withdrawn | null");
            expected.put("b@kommun.se", "questionnaire_closed | null");
            expected.put("c@kommun.se", "municipality_submitted | null");
            expected.put("d@kommun.se", "contact_removed | null");
            // The connection's own words stay, without the English sentence around them.
            expected.put("e@kommun.se", "no_answer | Connection refused");
            // What a server replied is its own, verbatim.
            expected.put("f@kommun.se", "null | 550 5.1.1 Mailbox unavailable");
            expected.put("g@kommun.se", "null | 250 accepted");
            expected.put("h@kommun.se", "null | null");
            assertEquals(expected, after);
        } finally {
            TestDatabase.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
