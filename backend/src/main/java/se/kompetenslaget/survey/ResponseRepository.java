package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.kompetenslaget.audit.AuditEvent;

/**
 * Every write of survey_response, in plain JDBC (the respondent's hot path): the invitation is locked first and the
 * response read by a later statement, so it is never older than the lock; each write is conditional on the revision
 * it was based on, so a stale check can never pass. Runs inside the caller's transaction (the pool enlists the
 * connection). The {@link SurveyResponse} entity is read-only.
 */
@Singleton
public class ResponseRepository {

    private static final String LOCK = """
            SELECT i.id, i.questionnaire_id, i.municipality_code, q.status, q.opens_at, q.closes_at, q.current_version,
                   q.prefill_source_id,
                   (SELECT t.blocked_until FROM throttle t WHERE t.kind = ? AND t.key = ? AND t.blocked_until > ?)
              FROM invitation i
              JOIN questionnaire q ON q.id = i.questionnaire_id
             WHERE i.id = coalesce((SELECT id FROM invitation WHERE link_hash = ?),
                                   (SELECT invitation_id FROM invitation_link WHERE link_hash = ?))
               AND i.revoked_at IS NULL
               FOR UPDATE OF i""";

    // What a submit without a lock reads (see submit): LOCK's columns without the lock, with the draft's answers and
    // revision in the same statement (its answer revisions are not needed: whatever differs takes the locked way).
    private static final String PEEK = """
            SELECT i.id, i.questionnaire_id, i.municipality_code, q.status, q.opens_at, q.closes_at, q.current_version,
                   q.prefill_source_id,
                   (SELECT t.blocked_until FROM throttle t WHERE t.kind = ? AND t.key = ? AND t.blocked_until > ?),
                   r.version, r.status, r.answers, r.revision
              FROM invitation i
              JOIN questionnaire q ON q.id = i.questionnaire_id
              LEFT JOIN survey_response r ON r.invitation_id = i.id
             WHERE i.id = coalesce((SELECT id FROM invitation WHERE link_hash = ?),
                                   (SELECT invitation_id FROM invitation_link WHERE link_hash = ?))
               AND i.revoked_at IS NULL""";

    // What both forms of the unlocked submit require of the link (direct or mailed, still this invitation's), the
    // questionnaire and the client's address, checked by the write itself, as PATCH does.
    private static final String SUBMIT_CONDITIONS = """
            i.id = coalesce((SELECT id FROM invitation WHERE link_hash = ?),
                            (SELECT invitation_id FROM invitation_link WHERE link_hash = ?))
               AND i.id = ? AND i.revoked_at IS NULL
               AND q.status = 'open' AND (q.opens_at IS NULL OR q.opens_at <= ?::timestamptz)
               AND (q.closes_at IS NULL OR ?::timestamptz < q.closes_at)
               AND NOT EXISTS (SELECT 1 FROM throttle t
                                WHERE t.kind = ? AND t.key = ? AND t.blocked_until > ?::timestamptz)""";

    private static final String SUBMIT_AUDIT = """
            INSERT INTO audit_event (occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id,
                                     municipality_code, changes)
            SELECT ?::timestamptz, ?::text, ?::uuid, ?::text, ?::text, ?::text, ?::text, ?::text, ?::jsonb
              FROM written""";

    // The unlocked submit of a started draft at the revision read; answers and answer revisions are written only when
    // the submit changes them ($answers). A save, submit or reopening since the read leaves the row unwritten (its
    // revision moved; a waiting UPDATE re-checks the row's conditions on the row as committed), and so does a
    // revocation, new link, closing or block committed before the statement began; one that commits while it runs
    // comes after the submit, as it does after a save (PATCH).
    private static final String SUBMIT_STARTED = """
            WITH written AS (
                UPDATE survey_response r
                   SET status = 'submitted',$answers revision = r.revision + 1, updated_at = ?::timestamptz,
                       submitted_at = ?::timestamptz, submit_digest = ?::bytea
                  FROM invitation i JOIN questionnaire q ON q.id = i.questionnaire_id
                 WHERE r.invitation_id = i.id AND r.revision = ? AND r.status = 'started'
                   AND""" + " " + SUBMIT_CONDITIONS + """

                RETURNING 1)
            """ + SUBMIT_AUDIT;

    private static final String SUBMIT_KEEPING = SUBMIT_STARTED.replace("$answers", "");
    private static final String SUBMIT_CHANGING = SUBMIT_STARTED.replace("$answers",
            " answers = ?::jsonb, answer_revisions = r.answer_revisions || ?::jsonb,");

    // The unlocked submit of a link with no draft: inserted submitted on the version read, if there is still no draft
    // (a concurrent first save or submit: nothing written) and the questionnaire has no prefill.
    private static final String SUBMIT_FIRST = """
            WITH written AS (
                INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status,
                                             answers, answer_revisions, revision, started_at, updated_at, submitted_at,
                                             submit_digest)
                SELECT i.id, i.questionnaire_id, i.municipality_code, q.current_version, 'submitted', ?::jsonb, ?::jsonb,
                       1, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::bytea
                  FROM invitation i JOIN questionnaire q ON q.id = i.questionnaire_id
                 WHERE q.current_version = ? AND q.prefill_source_id IS NULL
                   AND""" + " " + SUBMIT_CONDITIONS + """

                ON CONFLICT (invitation_id) DO NOTHING
                RETURNING 1)
            """ + SUBMIT_AUDIT;

    // A statement of its own, after the lock: under READ COMMITTED it sees every save committed before the lock.
    private static final String READ = """
            SELECT version, status, answers, answer_revisions, revision, submitted_at, updated_at, submit_digest
              FROM survey_response WHERE invitation_id = ?""";

    private static final String WRITE = """
            INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status, answers,
                                         answer_revisions, revision, started_at, updated_at, submitted_at, submit_digest)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)
            ON CONFLICT (invitation_id) DO UPDATE
               SET status = EXCLUDED.status, answers = EXCLUDED.answers, answer_revisions = EXCLUDED.answer_revisions,
                   revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,
                   submitted_at = coalesce(EXCLUDED.submitted_at, survey_response.submitted_at),
                   submit_digest = EXCLUDED.submit_digest
             WHERE survey_response.revision = ? AND survey_response.status = 'started'""";

    // The write with its audit event in the same statement: the event is stored exactly when the write is.
    private static final String WRITE_AUDITED = "WITH written AS (" + WRITE + " RETURNING 1)\n" + """
            INSERT INTO audit_event (occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id,
                                     municipality_code, changes)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb FROM written""";

    // A save to a started draft in one statement: the link, the questionnaire's being open, the pinned version, the
    // status and the revision are all checked by the UPDATE itself (its row lock orders concurrent saves, and under
    // READ COMMITTED a waiting UPDATE re-checks its conditions on the row as committed), so no lock is taken first.
    // Only the answers named change: set ones are merged in, cleared ones removed, each stamped with the new revision.
    private static final String PATCH = """
            UPDATE survey_response r
               SET answers = $answers, answer_revisions = r.answer_revisions || ?::jsonb,
                   revision = r.revision + 1, updated_at = ?, submit_digest = NULL
              FROM invitation i JOIN questionnaire q ON q.id = i.questionnaire_id
             WHERE i.link_hash = ? AND i.revoked_at IS NULL AND r.invitation_id = i.id AND r.invitation_id = ?
               AND r.version = ? AND r.revision = ? AND r.status = 'started'
               AND q.status = 'open' AND (q.opens_at IS NULL OR q.opens_at <= ?) AND (q.closes_at IS NULL OR ? < q.closes_at)
               AND NOT EXISTS (SELECT 1 FROM throttle t WHERE t.kind = ? AND t.key = ? AND t.blocked_until > ?)""";

    // Without a cleared answer (the usual save) the statement has no array parameter, which the driver builds slowly.
    private static final String PATCH_SET = patch("r.answers || ?::jsonb");
    private static final String PATCH_CLEAR = patch("(r.answers || ?::jsonb) - ?::text[]");

    // A first save (If-Match "0") of a link whose form was shown with no draft, in one statement: the draft is inserted
    // on the version shown, with the answers named, if the link is valid, the questionnaire open, still at that version
    // and without a prefill, the address not blocked and no draft there yet (a concurrent first save: nothing written);
    // its audit event ("create", as the locked way writes it) is inserted by the same statement, exactly when it is.
    private static final String FIRST = """
            WITH written AS (
                INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status,
                                             answers, answer_revisions, revision, started_at, updated_at)
                SELECT i.id, i.questionnaire_id, i.municipality_code, q.current_version, 'started', ?::jsonb,
                       ?::jsonb, 1, ?::timestamptz, ?::timestamptz
                  FROM invitation i JOIN questionnaire q ON q.id = i.questionnaire_id
                 WHERE i.link_hash = ? AND i.revoked_at IS NULL AND i.id = ? AND q.current_version = ?
                   AND q.prefill_source_id IS NULL AND q.status = 'open' AND (q.opens_at IS NULL OR q.opens_at <= ?)
                   AND (q.closes_at IS NULL OR ? < q.closes_at)
                   AND NOT EXISTS (SELECT 1 FROM throttle t WHERE t.kind = ? AND t.key = ? AND t.blocked_until > ?)
                ON CONFLICT (invitation_id) DO NOTHING
                RETURNING 1)
            INSERT INTO audit_event (occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id,
                                     municipality_code, changes)
            SELECT ?::timestamptz, ?::text, ?::uuid, ?::text, ?::text, ?::text, ?::text, ?::text, ?::jsonb
              FROM written""";

    private static String patch(String answers) {
        return PATCH.replace("$answers", answers);
    }

    // What opening the form needs, in one statement: whether the client's address is blocked (always one row), and the
    // invitation behind the link with its questionnaire and response (all null when the link is unknown).
    private static final String FORM = """
            SELECT b.blocked_until, f.*
              FROM (SELECT (SELECT t.blocked_until FROM throttle t WHERE t.kind = ? AND t.key = ? AND t.blocked_until > ?)
                           AS blocked_until) b
              LEFT JOIN (
                SELECT i.id, i.questionnaire_id, i.municipality_code, i.revoked_at, i.contact_name, i.contact_email,
                       i.contact_phone, i.contact_updated_at, q.status, q.opens_at, q.closes_at, q.current_version,
                       q.title_sv, q.title_en, q.description_sv, q.description_en, q.anonymous, q.prefill_source_id,
                       r.version, r.status AS response_status, r.answers, r.revision, r.updated_at, r.submitted_at
                  FROM invitation i
                  JOIN questionnaire q ON q.id = i.questionnaire_id
                  LEFT JOIN survey_response r ON r.invitation_id = i.id
                 WHERE i.id = coalesce((SELECT id FROM invitation WHERE link_hash = ?),
                                       (SELECT invitation_id FROM invitation_link WHERE link_hash = ?))) f ON true""";

    /** One read of what the respondent's form shows (see {@link #form}); {@code invitation} null: no such link. */
    static final class FormRow {
        Instant blockedUntil;
        Invitation invitation;
        Questionnaire questionnaire;
        SurveyResponse response;
    }

    private static final String LOCK_BY_ID = "SELECT id FROM invitation WHERE id = ? FOR UPDATE";

    private static final String REOPEN = """
            UPDATE survey_response
               SET status = 'started', reopened_at = ?, reopen_reason = ?, revision = revision + 1, updated_at = ?,
                   submit_digest = NULL
             WHERE invitation_id = ? AND status = 'submitted'""";

    /**
     * What a link's draft is pinned to, as this replica last saved it ({@code started}), or the version its form was
     * shown at with no draft yet: a hint for choosing the definition that checks a save and the statement that writes
     * it, never trusted for the write (the PATCH and FIRST statements check all of it again).
     */
    record Pinned(UUID invitationId, UUID questionnaireId, String municipalityCode, int version, boolean started) {
    }

    private static final int MAX_PINNED = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Pinned> pinned = new java.util.concurrent.ConcurrentHashMap<>();

    /** The draft of one invitation with what answering needs to know about its questionnaire. */
    static final class Draft {
        String linkHash;
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
        Instant updatedAt;
        byte[] submitDigest;
        /** Until when the client's address is refused respondent requests (RespondentLinkThrottle); null: it is not. */
        Instant blockedUntil;
    }

    private final AgroalDataSource dataSource;
    private final Definitions definitions;

    public ResponseRepository(AgroalDataSource dataSource, Definitions definitions) {
        this.dataSource = dataSource;
        this.definitions = definitions;
    }

    /**
     * The draft behind a link (by its hash), locking the invitation until the transaction ends; null if none. The same
     * statement reads whether the client's address ({@code throttleKey}, null: none) is blocked at {@code now}.
     */
    Draft lockByLink(String linkHash, String throttleKey, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return lockByLink(connection, linkHash, throttleKey, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the draft", e);
        }
    }

    /** As {@link #lockByLink(String, String, Instant)}, on the connection of a {@link #transaction}. */
    Draft lockByLink(Connection connection, String linkHash, String throttleKey, Instant now) {
        try {
            Draft draft;
            try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
                bindThrottleAndLink(statement, throttleKey, now, linkHash);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    draft = draftOf(row, linkHash);
                }
            }
            read(connection, draft);
            return draft;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the draft", e);
        }
    }

    /**
     * The draft behind a link (by its hash) as one statement without a lock sees it, with whether the client's address
     * ({@code throttleKey}, null: none) is blocked at {@code now}; null if no valid link. Its answers, not their
     * revisions ({@code answerRevisions} stays null): for {@link #submit}, whose refusal takes the locked way.
     */
    Draft peekByLink(String linkHash, String throttleKey, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PEEK)) {
            bindThrottleAndLink(statement, throttleKey, now, linkHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Draft draft = draftOf(row, linkHash);
                String status = row.getString(11);
                draft.exists = status != null;
                if (draft.exists) {
                    draft.version = row.getInt(10);
                    draft.responseStatus = status;
                    draft.answers = definitions.object(row.getString(12));
                    draft.revision = row.getInt(13);
                }
                return draft;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the draft", e);
        }
    }

    /** A draft from the first nine columns of LOCK or PEEK: the invitation, its questionnaire and the address's block. */
    private static Draft draftOf(ResultSet row, String linkHash) throws SQLException {
        Draft draft = new Draft();
        draft.linkHash = linkHash;
        draft.invitationId = row.getObject(1, UUID.class);
        draft.questionnaireId = row.getObject(2, UUID.class);
        draft.municipalityCode = row.getString(3);
        draft.status = SurveyDtos.Status.valueOf(row.getString(4));
        draft.opensAt = instant(row, 5);
        draft.closesAt = instant(row, 6);
        draft.currentVersion = row.getInt(7);
        draft.prefillSourceId = row.getObject(8, UUID.class);
        draft.blockedUntil = instant(row, 9);
        return draft;
    }

    /**
     * Submits a draft read by {@link #peekByLink} in one statement of its own (autocommit), with its audit event: a
     * started draft still at revision {@code basedOn}, or (not {@code draft.exists}) a link with no draft yet, which is
     * inserted submitted on {@code draft.version}. {@code answers} null: they stay as stored; otherwise they are
     * written, and {@code stamps} (the revisions of the answers named) merged into the stored answer revisions. The
     * link, the questionnaire's being open and the address are checked by the statement at {@code now}. False:
     * refused, nothing written (also when the invitation went away meanwhile); the caller takes the locked way.
     */
    boolean submit(Draft draft, int basedOn, ObjectNode answers, ObjectNode stamps, Instant now, byte[] digest,
            String throttleKey, AuditEvent audit) {
        String sql = !draft.exists ? SUBMIT_FIRST : answers == null ? SUBMIT_KEEPING : SUBMIT_CHANGING;
        OffsetDateTime at = utc(now);
        java.util.List<Object> parameters = new java.util.ArrayList<>(26);
        if (!draft.exists) {
            java.util.Collections.addAll(parameters, definitions.write(answers), definitions.write(stamps), at, at, at,
                    digest, draft.version);
        } else {
            if (answers != null) {
                java.util.Collections.addAll(parameters, definitions.write(answers), definitions.write(stamps));
            }
            java.util.Collections.addAll(parameters, at, at, digest, basedOn);
        }
        java.util.Collections.addAll(parameters, draft.linkHash, draft.linkHash, draft.invitationId, at, at,
                RespondentLinkThrottle.KIND, throttleKey, at, utc(audit.occurredAt), audit.actorType, audit.actorId,
                audit.actorLabel, audit.action, audit.entityType, audit.entityId, audit.municipalityCode,
                definitions.write(audit.changes));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23503".equals(e.getSQLState())) {
                return false; // The invitation was deleted after the statement's snapshot: the locked way tells (404).
            }
            throw new IllegalStateException("Could not submit the answers", e);
        }
    }

    /**
     * The parameters LOCK, PEEK and FORM share: the address's throttle block at {@code now}, and the link (direct or
     * mailed).
     */
    private static void bindThrottleAndLink(PreparedStatement statement, String throttleKey, Instant now, String linkHash)
            throws SQLException {
        statement.setString(1, RespondentLinkThrottle.KIND);
        statement.setString(2, throttleKey);
        statement.setObject(3, utc(now));
        statement.setString(4, linkHash);
        statement.setString(5, linkHash);
    }

    /**
     * The invitation behind a link (by its hash) with its questionnaire and response, and whether the client's address
     * ({@code throttleKey}, null: none) is blocked at {@code now}: one statement, no transaction. The entities are
     * plain objects filled from the row (detached, never written).
     */
    FormRow form(String linkHash, String throttleKey, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FORM)) {
            bindThrottleAndLink(statement, throttleKey, now, linkHash);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                FormRow form = new FormRow();
                form.blockedUntil = instant(row, 1);
                UUID invitationId = row.getObject(2, UUID.class);
                if (invitationId == null) {
                    return form;
                }
                Invitation invitation = new Invitation();
                invitation.id = invitationId;
                invitation.questionnaireId = row.getObject(3, UUID.class);
                invitation.municipalityCode = row.getString(4);
                invitation.linkHash = linkHash;
                invitation.revokedAt = instant(row, 5);
                invitation.contactName = row.getString(6);
                invitation.contactEmail = row.getString(7);
                invitation.contactPhone = row.getString(8);
                invitation.contactUpdatedAt = instant(row, 9);
                Questionnaire questionnaire = new Questionnaire();
                questionnaire.id = invitation.questionnaireId;
                questionnaire.status = SurveyDtos.Status.valueOf(row.getString(10));
                questionnaire.opensAt = instant(row, 11);
                questionnaire.closesAt = instant(row, 12);
                questionnaire.currentVersion = row.getInt(13);
                questionnaire.titleSv = row.getString(14);
                questionnaire.titleEn = row.getString(15);
                questionnaire.descriptionSv = row.getString(16);
                questionnaire.descriptionEn = row.getString(17);
                questionnaire.anonymous = row.getBoolean(18);
                questionnaire.prefillSourceId = row.getObject(19, UUID.class);
                String responseStatus = row.getString(21);
                if (responseStatus != null) {
                    SurveyResponse response = new SurveyResponse();
                    response.invitationId = invitationId;
                    response.questionnaireId = invitation.questionnaireId;
                    response.municipalityCode = invitation.municipalityCode;
                    response.version = row.getInt(20);
                    response.status = responseStatus;
                    response.answers = row.getString(22);
                    response.revision = row.getInt(23);
                    response.updatedAt = instant(row, 24);
                    response.submittedAt = instant(row, 25);
                    form.response = response;
                }
                form.invitation = invitation;
                form.questionnaire = questionnaire;
                return form;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the form", e);
        }
    }

    /** Reads the response as it is now (after a refused write, to tell what changed). */
    Draft reread(Draft draft) {
        try (Connection connection = dataSource.getConnection()) {
            return reread(connection, draft);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the draft", e);
        }
    }

    /** As {@link #reread(Draft)}, on the connection of a {@link #transaction}. */
    Draft reread(Connection connection, Draft draft) {
        try {
            read(connection, draft);
            return draft;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the draft", e);
        }
    }

    /** Work on one connection in a plain JDBC transaction. */
    interface Work<T> {
        T on(Connection connection);
    }

    /**
     * Runs the work in a plain JDBC transaction of its own on one pooled connection (no container transaction: the
     * respondent's hot path writes one table through one connection): committed when the work returns, rolled back
     * when it throws, whatever it throws. Must not be called inside a container transaction.
     */
    <T> T transaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the answers", e);
        }
    }

    private void read(Connection connection, Draft draft) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setObject(1, draft.invitationId);
            try (ResultSet row = statement.executeQuery()) {
                draft.exists = row.next();
                if (draft.exists) {
                    draft.version = row.getInt(1);
                    draft.responseStatus = row.getString(2);
                    draft.answers = definitions.object(row.getString(3));
                    draft.answerRevisions = definitions.object(row.getString(4));
                    draft.revision = row.getInt(5);
                    draft.submittedAt = instant(row, 6);
                    draft.updatedAt = instant(row, 7);
                    draft.submitDigest = row.getBytes(8);
                }
            }
        }
    }

    /**
     * Writes the draft (inserting it on the first save) with its new status and revision, if the stored revision is
     * still the one it was based on and the response is not submitted; false (nothing written) otherwise. The audit
     * event (when not null) is inserted by the same statement, exactly when the draft is written.
     */
    boolean write(Draft draft, int basedOn, String status, Instant now, Instant submittedAt, byte[] submitDigest,
            AuditEvent audit) {
        try (Connection connection = dataSource.getConnection()) {
            return write(connection, draft, basedOn, status, now, submittedAt, submitDigest, audit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the draft", e);
        }
    }

    /** As {@link #write(Draft, int, String, Instant, Instant, byte[], AuditEvent)}, on a {@link #transaction}'s connection. */
    boolean write(Connection connection, Draft draft, int basedOn, String status, Instant now, Instant submittedAt,
            byte[] submitDigest, AuditEvent audit) {
        try (PreparedStatement statement = connection.prepareStatement(audit == null ? WRITE : WRITE_AUDITED)) {
            statement.setObject(1, draft.invitationId);
            statement.setObject(2, draft.questionnaireId);
            statement.setString(3, draft.municipalityCode);
            statement.setInt(4, draft.version);
            statement.setString(5, status);
            statement.setString(6, definitions.write(draft.answers));
            statement.setString(7, definitions.write(draft.answerRevisions));
            statement.setInt(8, draft.revision);
            statement.setObject(9, utc(now));
            statement.setObject(10, utc(now));
            statement.setObject(11, submittedAt == null ? null : utc(submittedAt), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setBytes(12, submitDigest);
            statement.setInt(13, basedOn);
            if (audit != null) {
                statement.setObject(14, utc(audit.occurredAt));
                statement.setString(15, audit.actorType);
                statement.setObject(16, audit.actorId, Types.OTHER);
                statement.setString(17, audit.actorLabel);
                statement.setString(18, audit.action);
                statement.setString(19, audit.entityType);
                statement.setString(20, audit.entityId);
                statement.setString(21, audit.municipalityCode);
                statement.setString(22, definitions.write(audit.changes));
            }
            boolean written = statement.executeUpdate() == 1;
            if (written && draft.linkHash != null && SurveyResponse.STARTED.equals(status)) {
                pin(draft.linkHash, new Pinned(draft.invitationId, draft.questionnaireId, draft.municipalityCode,
                        draft.version, true));
            }
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the draft", e);
        }
    }

    /** What this replica knows the link's draft to be pinned to; null: neither saved nor shown unstarted here. */
    Pinned pinned(String linkHash) {
        return pinned.get(linkHash);
    }

    private void pin(String linkHash, Pinned pin) {
        if (pinned.size() >= MAX_PINNED) {
            pinned.clear();
        }
        pinned.put(linkHash, pin);
    }

    /**
     * Notes that the form of a link with no draft yet was shown at {@code version}, so that its first save can be the
     * one INSERT of {@link #patchOf} (a hint only, as every pin: that statement checks all of it again, and a save it
     * refuses takes the locked way).
     */
    void pinUnstarted(String linkHash, UUID invitationId, UUID questionnaireId, String municipalityCode, int version) {
        pin(linkHash, new Pinned(invitationId, questionnaireId, municipalityCode, version, false));
    }

    /**
     * The one statement that saves the answers named, with its parameters in order. To a started draft (see PATCH):
     * applied only if the link is valid, the questionnaire open, the draft started, on the pinned version and at
     * revision {@code basedOn}, and the client's address ({@code throttleKey}, null: none) is not blocked. A first save
     * ({@code basedOn} 0 on a link pinned unstarted, see FIRST) inserts the draft and its audit event ({@code created})
     * on the same conditions, if there is no draft yet and the questionnaire has no prefill. Null when neither fits.
     * Run by {@link #patch(Patch)} here or by {@link DraftSaveRoute} on the I/O thread; either way a refusal writes
     * nothing, and the caller takes the locked way to tell why.
     */
    Patch patchOf(String linkHash, Pinned pin, int basedOn, ObjectNode update, Instant now, String throttleKey,
            se.kompetenslaget.audit.AuditEvent created) {
        if (!pin.started() && (basedOn != 0 || created == null)) {
            return null;
        }
        ObjectNode set = definitions.json().createObjectNode();
        ObjectNode stamps = definitions.json().createObjectNode();
        java.util.List<String> cleared = new java.util.ArrayList<>();
        update.fields().forEachRemaining(entry -> {
            if (entry.getValue().isNull()) {
                cleared.add(entry.getKey());
            } else {
                set.set(entry.getKey(), entry.getValue());
            }
            stamps.put(entry.getKey(), basedOn + 1);
        });
        OffsetDateTime at = utc(now);
        java.util.List<Object> parameters = new java.util.ArrayList<>(24);
        if (!pin.started()) {
            // Nothing to clear in a draft not yet there; each answer named is stamped, as the locked way does.
            java.util.Collections.addAll(parameters, definitions.write(set), definitions.write(stamps), at, at,
                    linkHash, pin.invitationId(), pin.version(), at, at, RespondentLinkThrottle.KIND, throttleKey, at,
                    utc(created.occurredAt), created.actorType, created.actorId,
                    created.actorLabel, created.action, created.entityType, created.entityId, created.municipalityCode,
                    definitions.write(created.changes));
            Pinned started = new Pinned(pin.invitationId(), pin.questionnaireId(), pin.municipalityCode(),
                    pin.version(), true);
            return new Patch(linkHash, Form.FIRST, parameters, started);
        }
        parameters.add(definitions.write(set));
        if (!cleared.isEmpty()) {
            parameters.add(cleared.toArray(String[]::new));
        }
        java.util.Collections.addAll(parameters, definitions.write(stamps), at, linkHash, pin.invitationId(),
                pin.version(), basedOn, at, at, RespondentLinkThrottle.KIND, throttleKey, at);
        return new Patch(linkHash, cleared.isEmpty() ? Form.SET : Form.CLEAR, parameters, null);
    }

    /** The forms of a save's statement. */
    enum Form {
        SET(PATCH_SET), CLEAR(PATCH_CLEAR), FIRST(ResponseRepository.FIRST);

        final String sql;
        final String numberedSql;

        Form(String sql) {
            this.sql = sql;
            this.numberedSql = numbered(sql);
        }
    }

    /**
     * One save's statement: which form of it, its parameters (a String[] for the cleared answers), and what the link is
     * pinned to once it has written (null: as before).
     */
    record Patch(String linkHash, Form form, java.util.List<Object> parameters, Pinned written) {

        /** The statement for JDBC ({@code ?} placeholders). */
        String sql() {
            return form.sql;
        }

        /** The statement for the reactive client ({@code $n} placeholders). */
        String numberedSql() {
            return form.numberedSql;
        }
    }

    /**
     * A statement of this class with PostgreSQL's numbered placeholders, as the reactive client sends them. A JSON
     * parameter is declared text and cast ({@code $n::text::jsonb}): that client would otherwise encode a Java string
     * bound to a jsonb parameter as a JSON string, not parse it.
     */
    static String numbered(String sql) {
        StringBuilder numbered = new StringBuilder(sql.length() + 32);
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '?') {
                numbered.append(c);
                continue;
            }
            numbered.append('$').append(++n);
            if (sql.startsWith("::jsonb", i + 1)) {
                numbered.append("::text");
            }
        }
        return numbered.toString();
    }

    /** Runs a save's statement in its own transaction (autocommit); false: refused, nothing written (see patchOf). */
    boolean patch(Patch patch) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(patch.sql())) {
            bind(connection, statement, patch.parameters());
            return patched(patch, statement.executeUpdate() == 1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the draft", e);
        }
    }

    /**
     * Binds a statement's parameters in order: null as a text null (an address when there is no HTTP request, a
     * user id of an anonymous actor; the statements cast), a String[] as a text array, bytes as bytea.
     */
    private static void bind(Connection connection, PreparedStatement statement, java.util.List<Object> parameters)
            throws SQLException {
        int p = 1;
        for (Object parameter : parameters) {
            if (parameter == null) {
                statement.setNull(p++, Types.VARCHAR);
            } else if (parameter instanceof String[] texts) {
                statement.setArray(p++, connection.createArrayOf("text", texts));
            } else if (parameter instanceof byte[] bytes) {
                statement.setBytes(p++, bytes);
            } else if (parameter instanceof String text) {
                statement.setString(p++, text);
            } else if (parameter instanceof Integer number) {
                statement.setInt(p++, number);
            } else {
                statement.setObject(p++, parameter);
            }
        }
    }

    /**
     * Takes a save's outcome: a refused one forgets the pin, so the next save of the link reads the draft again; a
     * first save pins the draft it started.
     */
    boolean patched(Patch patch, boolean written) {
        if (!written) {
            pinned.remove(patch.linkHash());
        } else if (patch.written() != null) {
            pin(patch.linkHash(), patch.written());
        }
        return written;
    }

    /** Makes a submitted response a draft again, under the invitation's lock; false if it was not submitted. */
    boolean reopen(UUID invitationId, String reason, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK_BY_ID)) {
                lock.setObject(1, invitationId);
                lock.executeQuery().close();
            }
            try (PreparedStatement update = connection.prepareStatement(REOPEN)) {
                update.setObject(1, utc(now));
                update.setString(2, reason);
                update.setObject(3, utc(now));
                update.setObject(4, invitationId);
                return update.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reopen the response", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
