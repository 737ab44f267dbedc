package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The respondent's hot path in plain JDBC: one query reads the invitation (locked), its questionnaire's state and the
 * draft; one upsert writes the draft. Runs inside the caller's transaction (the pool enlists the connection).
 */
@ApplicationScoped
public class ResponseStore {

    private static final String LOAD = """
            SELECT i.id, i.questionnaire_id, i.municipality_code, q.status, q.opens_at, q.closes_at, q.current_version,
                   q.prefill_source_id, r.invitation_id IS NOT NULL, r.version, r.status, r.answers, r.answer_revisions,
                   r.revision, r.submitted_at
              FROM invitation i
              JOIN questionnaire q ON q.id = i.questionnaire_id
              LEFT JOIN survey_response r ON r.invitation_id = i.id
             WHERE i.link_hash = ? AND i.revoked_at IS NULL
               FOR UPDATE OF i""";

    private static final String WRITE = """
            INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status, answers,
                                         answer_revisions, revision, started_at, updated_at, submitted_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
            ON CONFLICT (invitation_id) DO UPDATE
               SET status = EXCLUDED.status, answers = EXCLUDED.answers, answer_revisions = EXCLUDED.answer_revisions,
                   revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,
                   submitted_at = coalesce(EXCLUDED.submitted_at, survey_response.submitted_at)""";

    /** The draft of one invitation with what answering needs to know about its questionnaire. */
    static final class Draft {
        UUID invitationId;
        UUID questionnaireId;
        String municipalityCode;
        SurveyDtos.Status status;
        Instant opensAt;
        Instant closesAt;
        int currentVersion;
        UUID prefillSourceId;
        boolean exists;
        int version;
        String responseStatus;
        ObjectNode answers;
        ObjectNode answerRevisions;
        int revision;
        Instant submittedAt;
    }

    private final AgroalDataSource dataSource;
    private final Definitions definitions;

    public ResponseStore(AgroalDataSource dataSource, Definitions definitions) {
        this.dataSource = dataSource;
        this.definitions = definitions;
    }

    /** The draft behind a link (by its hash), locking the invitation until the transaction ends; null if none. */
    Draft lockByLink(String linkHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOAD)) {
            statement.setString(1, linkHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Draft draft = new Draft();
                draft.invitationId = row.getObject(1, UUID.class);
                draft.questionnaireId = row.getObject(2, UUID.class);
                draft.municipalityCode = row.getString(3);
                draft.status = SurveyDtos.Status.valueOf(row.getString(4));
                draft.opensAt = instant(row, 5);
                draft.closesAt = instant(row, 6);
                draft.currentVersion = row.getInt(7);
                draft.prefillSourceId = row.getObject(8, UUID.class);
                draft.exists = row.getBoolean(9);
                if (draft.exists) {
                    draft.version = row.getInt(10);
                    draft.responseStatus = row.getString(11);
                    draft.answers = definitions.object(row.getString(12));
                    draft.answerRevisions = definitions.object(row.getString(13));
                    draft.revision = row.getInt(14);
                    draft.submittedAt = instant(row, 15);
                }
                return draft;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the draft", e);
        }
    }

    /** Writes the draft (inserting it on the first save) with its new status. */
    void write(Draft draft, String status, Instant now, Instant submittedAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(WRITE)) {
            statement.setObject(1, draft.invitationId);
            statement.setObject(2, draft.questionnaireId);
            statement.setString(3, draft.municipalityCode);
            statement.setInt(4, draft.version);
            statement.setString(5, status);
            statement.setString(6, definitions.write(draft.answers));
            statement.setString(7, definitions.write(draft.answerRevisions));
            statement.setInt(8, draft.revision);
            statement.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setObject(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setObject(11, submittedAt == null ? null : OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the draft", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
