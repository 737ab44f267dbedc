package se.kompetenslaget.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.TestDatabase;

/** V15_1 moves the respondent's name and e-mail from the answers of template questionnaires to the invitation. */
class ContactMigrationTest {

    @Test
    void shouldMoveTheContactAnswersToTheInvitationAndOutOfAnswersAndDefinitions() throws SQLException {
        String database = "kl_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase.admin("CREATE DATABASE " + database);
        try {
            TestDatabase.migrate(database, "14");
            try (Connection connection = TestDatabase.connect(database);
                    Statement sql = connection.createStatement()) {
                sql.execute("""
                        INSERT INTO questionnaire (id, title_sv, template_key, status, current_version, created_at, updated_at)
                        VALUES ('00000000-0000-0000-0000-000000000001', 'Inhyrd personal', 'national-hired-staff-2017-ifo',
                                'open', 1, now(), now()),
                               ('00000000-0000-0000-0000-000000000002', 'Egen enkät', NULL, 'open', 1, now(), now());
                        INSERT INTO questionnaire_version (questionnaire_id, version, definition, created_at)
                        SELECT id, 1, '{"sections": [
                            {"id": "s1", "title": {"sv": "Uppgiftslämnare"}, "questions": [
                              {"id": "respondent_name", "type": "text", "text": {"sv": "Namn"}},
                              {"id": "respondent_email", "type": "text", "text": {"sv": "E-post"}, "required": true}]},
                            {"id": "s2", "title": {"sv": "Kostnader"}, "questions": [
                              {"id": "cost_2016", "type": "number", "text": {"sv": "Kostnad"}},
                              {"id": "respondent_email", "type": "text", "text": {"sv": "E-post igen"}}]}]}'::jsonb, now()
                        FROM questionnaire;
                        INSERT INTO invitation (id, questionnaire_id, municipality_code, link_hash, link_issued_at, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', '2580', 'h1', now(), now()),
                               ('00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-000000000002', '2580', 'h2', now(), now());
                        INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status, answers,
                                                     answer_revisions, revision, started_at, updated_at, submitted_at)
                        SELECT i.id, i.questionnaire_id, '2580', 1, 'submitted',
                               '{"respondent_name": " Anna Berg ", "respondent_email": "anna.berg@lulea.se", "cost_2016": 250000}',
                               '{"respondent_name": 1, "respondent_email": 1, "cost_2016": 1}', 1, now(), now(), now()
                        FROM invitation i;
                        """);
            }

            TestDatabase.migrate(database, "latest");

            try (Connection connection = TestDatabase.connect(database);
                    Statement sql = connection.createStatement()) {
                try (ResultSet moved = sql.executeQuery("SELECT contact_name, contact_email, contact_phone, r.answers::text, "
                        + "r.answer_revisions::text, v.definition::text FROM invitation i "
                        + "JOIN survey_response r ON r.invitation_id = i.id "
                        + "JOIN questionnaire_version v ON v.questionnaire_id = i.questionnaire_id WHERE i.link_hash = 'h1'")) {
                    moved.next();
                    assertEquals("Anna Berg", moved.getString(1));
                    assertEquals("anna.berg@lulea.se", moved.getString(2));
                    assertNull(moved.getString(3));
                    assertEquals("{\"cost_2016\": 250000}", moved.getString(4));
                    assertEquals("{\"cost_2016\": 1}", moved.getString(5));
                    // The contact questions left the definition, and the section left without questions went too.
                    assertFalse(moved.getString(6).contains("respondent_"), moved.getString(6));
                    assertFalse(moved.getString(6).contains("\"s1\""), moved.getString(6));
                }
                // A questionnaire not made from those templates keeps its own questions and answers.
                try (ResultSet kept = sql.executeQuery("SELECT contact_email, r.answers ->> 'respondent_email' FROM invitation i "
                        + "JOIN survey_response r ON r.invitation_id = i.id WHERE i.link_hash = 'h2'")) {
                    kept.next();
                    assertNull(kept.getString(1));
                    assertEquals("anna.berg@lulea.se", kept.getString(2));
                }
            }
        } finally {
            TestDatabase.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
