package se.kompetenslaget.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The set-based SQL behind export and erasure. By its nature this reads across every domain's tables: the person's
 * own rows by name (user, grants, sessions, tokens, audit, invitation contacts) and everything else through the
 * catalogue (columns that reference app_user, and every text, JSON or text-array column), so a table added later is
 * covered without a change here. Rows come back as JSON text built by PostgreSQL.
 */
@ApplicationScoped
public class PersonalDataRepository {

    /** Tables read by name; the generic scans leave them out of "other records". */
    static final List<String> OWN_TABLES = List.of("app_user", "role_grant", "user_session", "api_token", "audit_event");

    private final EntityManager em;

    public PersonalDataRepository(EntityManager em) {
        this.em = em;
    }

    /** A column the generic scan reads: its table, name and SQL type (for the cast back after a rewrite). */
    record TextColumn(String table, String column, String type) {
    }

    public String user(UUID id) {
        return json("""
                select cast(to_jsonb(x) as text) from (
                  select id, email, display_name as "displayName", active, created_at as "createdAt",
                         password_changed_at as "passwordChangedAt", failed_sign_ins as "failedSignIns",
                         locked_until as "lockedUntil", erased_at as "erasedAt"
                  from app_user where id = :id) x""", Map.of("id", id));
    }

    public String grants(UUID id) {
        return list("""
                select id, role, county_code as "countyCode", municipality_code as "municipalityCode",
                       granted_at as "grantedAt"
                from role_grant where user_id = :id""", "grantedAt", Map.of("id", id));
    }

    public String sessions(UUID id) {
        return list("""
                select id, created_at as "createdAt", expires_at as "expiresAt", revoked_at as "revokedAt"
                from user_session where user_id = :id""", "createdAt", Map.of("id", id));
    }

    public String tokens(UUID id) {
        return list("""
                select id, name, prefix, case when owner_id = :id then 'owner' else 'issuer' end as relation,
                       municipality_code as "municipalityCode", scopes, created_at as "createdAt",
                       expires_at as "expiresAt", last_used_at as "lastUsedAt", revoked_at as "revokedAt"
                from api_token where owner_id = :id or created_by = :id""", "createdAt", Map.of("id", id));
    }

    /** Events by the person (as themself or through their token), about them, or naming their e-mail address. */
    public String auditEvents(UUID id, String email) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (id != null) {
            where.add("actor_id = :id or (entity_type = 'user' and entity_id = :idText) "
                    + "or actor_id in (select t.id from api_token t where t.owner_id = :id)");
            parameters.put("id", id);
            parameters.put("idText", id.toString());
        }
        if (email != null) {
            where.add("strpos(lower(actor_label), lower(:email)) > 0 "
                    + "or strpos(lower(cast(changes as text)), lower(:email)) > 0");
            parameters.put("email", email);
        }
        return list("""
                select id, occurred_at as "occurredAt", actor_type as "actorType", actor_id as "actorId",
                       actor_label as "actorLabel", action, entity_type as "entityType", entity_id as "entityId",
                       municipality_code as "municipalityCode", changes
                from audit_event""" + " where " + String.join(" or ", where), "id", parameters);
    }

    public String invitationContacts(String email) {
        return list("""
                select id as "invitationId", questionnaire_id as "questionnaireId",
                       municipality_code as "municipalityCode", contact_name as name, contact_email as email,
                       contact_phone as phone, contact_updated_at as "updatedAt"
                from invitation where lower(contact_email) = lower(:email)""", "updatedAt",
                Map.of("email", email));
    }

    /** Other tables' columns that reference app_user (created_by and the like), from the foreign keys. */
    @SuppressWarnings("unchecked")
    public List<String[]> userReferences() {
        List<Object[]> found = em.createNativeQuery("""
                select cast(c.conrelid::regclass as text), quote_ident(a.attname)
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                where c.contype = 'f' and c.confrelid = 'app_user'::regclass
                order by 1, 2""").getResultList();
        return found.stream().map(row -> new String[] { (String) row[0], (String) row[1] })
                .filter(row -> !OWN_TABLES.contains(row[0])).toList();
    }

    /** Every text, JSON and text-array column of every table (generated columns aside), Flyway's own excepted. */
    @SuppressWarnings("unchecked")
    public List<TextColumn> textColumns() {
        List<Object[]> found = em.createNativeQuery("""
                select cast(c.oid::regclass as text), quote_ident(a.attname), format_type(a.atttypid, a.atttypmod)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                join pg_type t on t.oid = a.atttypid
                left join pg_type e on e.oid = t.typelem and t.typcategory = 'A'
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attgenerated = ''
                  and c.relname <> 'flyway_schema_history'
                  and (t.typcategory = 'S' or t.typname in ('json', 'jsonb') or e.typcategory = 'S')
                order by 1, 2""").getResultList();
        return found.stream().map(row -> new TextColumn((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** The rows of the table whose column equals the user id, as a JSON array (hash columns left out). */
    public String rowsReferencing(String table, String column, UUID id) {
        return json("select cast(coalesce(jsonb_agg(" + withoutHashes() + "), '[]'::jsonb) as text) from " + table
                + " t where " + column + " = :id", Map.of("id", id));
    }

    /** The rows of the table whose column contains the e-mail address (any case), as a JSON array. */
    public String rowsMentioning(TextColumn column, String email) {
        return json("select cast(coalesce(jsonb_agg(" + withoutHashes() + "), '[]'::jsonb) as text) from "
                + column.table() + " t where strpos(lower(cast(t." + column.column() + " as text)), lower(:email)) > 0",
                Map.of("email", email));
    }

    /** Allows this transaction, and only it, to rewrite audit events (see V15's trigger). */
    public void allowAuditRewrite() {
        em.createNativeQuery("select set_config('kl.erasing_person', 'on', true)").getSingleResult();
    }

    /** Locks the user's row and tells whether it exists and is not erased yet. */
    public Object[] lockUser(UUID id) {
        List<?> found = em.createNativeQuery("select display_name, erased_at from app_user where id = :id for update")
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : (Object[]) found.get(0);
    }

    /** The id of the user with this e-mail address, if any. */
    public UUID userByEmail(String email) {
        List<?> found = em.createNativeQuery("select id from app_user where email = lower(:email)")
                .setParameter("email", email.strip()).getResultList();
        return found.isEmpty() ? null : (UUID) found.get(0);
    }

    /** Active, not erased administrators other than the given person. */
    public long otherAdministrators(UUID id) {
        return ((Number) em.createNativeQuery("""
                select count(distinct u.id) from app_user u join role_grant g on g.user_id = u.id
                where g.role = 'admin' and u.active and u.erased_at is null and u.id <> :id""")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    public boolean isAdministrator(UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from role_grant where user_id = :id and role = 'admin'")
                .setParameter("id", id).getSingleResult()).longValue() > 0;
    }

    public int deleteSessions(UUID id) {
        return update("delete from user_session where user_id = :id", Map.of("id", id));
    }

    public int deleteOwnTokens(UUID id) {
        return update("delete from api_token where owner_id = :id", Map.of("id", id));
    }

    public int removeGrants(UUID id) {
        return update("delete from role_grant where user_id = :id", Map.of("id", id));
    }

    /** No e-mail, the pseudonym for a name, no password, inactive; a new revision. */
    public void pseudonymiseUser(UUID id, String pseudonym, Instant now) {
        update("""
                update app_user set email = null, display_name = :pseudonym, password_hash = null, active = false,
                       failed_sign_ins = 0, locked_until = null, erased_at = :now, version = version + 1
                where id = :id""", parameters("id", id, "pseudonym", pseudonym, "now", now));
    }

    /** Audit events by the person or about them: the pseudonym for their label, and for their name in changes. */
    public int pseudonymiseAudit(UUID id, String displayName, String pseudonym) {
        int relabelled = update("""
                update audit_event set actor_label = :pseudonym
                where actor_type = 'user' and actor_id = :id and actor_label <> :pseudonym""",
                parameters("id", id, "pseudonym", pseudonym));
        int renamed = update("""
                update audit_event
                set changes = cast(replace(cast(changes as text), cast(to_jsonb(cast(:name as text)) as text),
                                           cast(to_jsonb(cast(:pseudonym as text)) as text)) as jsonb)
                where entity_type = 'user' and entity_id = cast(:id as text)
                  and strpos(cast(changes as text), cast(to_jsonb(cast(:name as text)) as text)) > 0""",
                parameters("id", id.toString(), "name", displayName, "pseudonym", pseudonym));
        return relabelled + renamed;
    }

    public int clearInvitationContacts(String email, Instant now) {
        return update("""
                update invitation set contact_name = null, contact_email = null, contact_phone = null,
                       contact_updated_at = :now
                where lower(contact_email) = lower(:email)""", parameters("email", email, "now", now));
    }

    /**
     * Deletes municipalities' survey contacts with the address (e-mails queued for them are then cancelled by the
     * mailer), after putting the pseudonym for their name in the audit events about them.
     */
    @SuppressWarnings("unchecked")
    public int deleteSurveyContacts(String email, String pseudonym) {
        List<Object[]> found = em.createNativeQuery("select cast(id as text), name from municipality_contact "
                + "where lower(email) = lower(:email) for update").setParameter("email", email).getResultList();
        for (Object[] contact : found) {
            update("update audit_event set changes = cast(replace(cast(changes as text), "
                    + "cast(to_jsonb(cast(:name as text)) as text), cast(to_jsonb(cast(:pseudonym as text)) as text)) as jsonb) "
                    + "where entity_type = 'municipality_contact' and entity_id = :id",
                    parameters("id", contact[0], "name", contact[1], "pseudonym", pseudonym));
        }
        return update("delete from municipality_contact where lower(email) = lower(:email)", Map.of("email", email));
    }

    /**
     * Replaces the e-mail address (any case) by the pseudonym in every text, JSON and text-array column of every
     * table. Repeated while something changed, because a table's history trigger copies the old row elsewhere.
     */
    public Map<String, Integer> rewriteEverywhere(String email, String pseudonym) {
        String pattern = literalPattern(email);
        Map<String, Integer> rewritten = new LinkedHashMap<>();
        List<TextColumn> columns = textColumns();
        for (int pass = 0; pass < 5; pass++) {
            int changed = 0;
            for (TextColumn column : columns) {
                int rows = update("update " + column.table() + " set " + column.column() + " = cast(regexp_replace(cast("
                        + column.column() + " as text), :pattern, :pseudonym, 'gi') as " + column.type() + ") where cast("
                        + column.column() + " as text) ~* :pattern", parameters("pattern", pattern, "pseudonym", pseudonym));
                if (rows > 0) {
                    rewritten.merge(column.table(), rows, Integer::sum);
                    changed += rows;
                }
            }
            if (changed == 0) {
                return rewritten;
            }
        }
        throw new IllegalStateException("The e-mail address was still found after five rewrites");
    }

    /** A regular expression (PostgreSQL ARE) matching the text literally: every other character than a letter or digit escaped. */
    static String literalPattern(String text) {
        StringBuilder pattern = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }

    private static String withoutHashes() {
        return "(select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(to_jsonb(t)) e(k, v) "
                + "where k not like '%hash' and k <> 'search')";
    }

    private String list(String select, String orderBy, Map<String, Object> parameters) {
        return json("select cast(coalesce(jsonb_agg(to_jsonb(x) order by x.\"" + orderBy + "\"), '[]'::jsonb) as text) from ("
                + select + ") x", parameters);
    }

    private String json(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<?> found = query.getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private int update(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }

    private static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
