package se.kompetenslaget.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making the request and what they may do: a signed-in person (all their grants), a person's token (their
 * grants, narrowed to the token's scopes), a municipality's integration token, or nobody.
 *
 * @param userId the person, or null for an integration token and for anonymous callers
 * @param tokenId the token used, or null for a browser session and for anonymous callers
 * @param scopes what a token may do; null when not limited (a browser session)
 */
public record Caller(Kind kind, UUID userId, UUID tokenId, String label, List<Grant> grants, Set<Scope> scopes) {

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, null, "anonymous", List.of(), Set.of());
    /** The application itself, e.g. creating the first administrator at start. */
    public static final Caller SYSTEM = new Caller(Kind.SYSTEM, null, null, "system", List.of(), Set.of());

    /** How the caller authenticated. */
    public enum Kind { SESSION, PERSONAL_TOKEN, INTEGRATION_TOKEN, ANONYMOUS, SYSTEM }

    /** A role, with its county or municipality where the role is scoped. */
    public record Grant(Role role, String countyCode, String municipalityCode) {
    }

    /** Whose Idempotency-Keys these are: a token's own, or a person's (signed in). */
    public String idempotencyOwner() {
        return tokenId != null ? "token:" + tokenId : userId != null ? "user:" + userId : kind.name().toLowerCase();
    }

    public boolean isAuthenticated() {
        return kind != Kind.ANONYMOUS && kind != Kind.SYSTEM;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean allows(Scope scope) {
        return scopes == null || scopes.contains(scope);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN) && allows(Scope.ADMIN);
    }

    /** May write data belonging to the municipality, e.g. report its costs (with the matching token scope). */
    public boolean mayEditMunicipality(String municipalityCode) {
        return has(Role.ADMIN) || grants.stream().anyMatch(grant ->
                grant.role() == Role.MUNICIPALITY_EDITOR && municipalityCode.equals(grant.municipalityCode()));
    }

    /**
     * May report the municipality's staffing-agency costs: its editors and administrators, and its integration tokens;
     * a token needs the costs:write scope (or admin, for an administrator).
     */
    public boolean mayReportCosts(String municipalityCode) {
        return mayEditMunicipality(municipalityCode) && (allows(Scope.COSTS_WRITE) || isAdmin());
    }

    /**
     * May report the municipality's workforce figures: its editors and administrators, and its integration tokens; a
     * token needs the workforce:write scope (or admin, for an administrator).
     */
    public boolean mayReportWorkforce(String municipalityCode) {
        return mayEditMunicipality(municipalityCode) && (allows(Scope.WORKFORCE_WRITE) || isAdmin());
    }

    /**
     * May write the action plans (and decisions, learning examples) of an owner: the national level (administrators),
     * a county (its coordinators, administrators) or a municipality (its editors, administrators). A token needs the
     * plans:write scope (or admin, for an administrator).
     */
    public boolean mayEditPlansOf(String ownerLevel, String countyCode, String municipalityCode) {
        if (!(allows(Scope.PLANS_WRITE) || isAdmin())) {
            return false;
        }
        return switch (ownerLevel) {
            case "national" -> has(Role.ADMIN);
            case "county" -> has(Role.ADMIN) || grants.stream().anyMatch(grant ->
                    grant.role() == Role.COUNTY_COORDINATOR && grant.countyCode().equals(countyCode));
            case "municipality" -> municipalityCode != null && mayEditMunicipality(municipalityCode);
            default -> false;
        };
    }

    /** May write some action plans: an administrator, coordinator or municipality editor, with plans:write on a token. */
    public boolean mayEditSomePlans() {
        return (allows(Scope.PLANS_WRITE) || isAdmin())
                && (has(Role.ADMIN) || has(Role.COUNTY_COORDINATOR) || has(Role.MUNICIPALITY_EDITOR));
    }

    /** May read the municipality's unpublished and submitted data: its editors, its county's coordinators, admins. */
    public boolean mayReadMunicipality(String municipalityCode) {
        return mayEditMunicipality(municipalityCode) || grants.stream().anyMatch(grant ->
                grant.role() == Role.COUNTY_COORDINATOR && municipalityCode.startsWith(grant.countyCode()));
    }

    /**
     * May build, send and follow up the questionnaires of the county (a coordinator of it), or national ones and any
     * county's (an administrator). A token needs the surveys:manage scope (or admin, for an administrator).
     */
    public boolean mayManageSurveys(String ownerCountyCode) {
        if (has(Role.ADMIN) && (allows(Scope.ADMIN) || allows(Scope.SURVEYS_MANAGE))) {
            return true;
        }
        return ownerCountyCode != null && allows(Scope.SURVEYS_MANAGE) && grants.stream().anyMatch(grant ->
                grant.role() == Role.COUNTY_COORDINATOR && ownerCountyCode.equals(grant.countyCode()));
    }

    /** May manage the surveys of some county, or national ones. */
    public boolean mayManageSomeSurveys() {
        return (has(Role.ADMIN) && (allows(Scope.ADMIN) || allows(Scope.SURVEYS_MANAGE)))
                || (has(Role.COUNTY_COORDINATOR) && allows(Scope.SURVEYS_MANAGE));
    }

    /** May read questionnaires, invitations and results: administrators, analysts and county coordinators. */
    public boolean mayReadSurveys() {
        return allows(Scope.READ) && (has(Role.ADMIN) || has(Role.ANALYST) || has(Role.COUNTY_COORDINATOR));
    }

    /**
     * Whose answers the caller may see in a questionnaire owned by the county (null: national): administrators and
     * analysts see all; a coordinator sees all of their own county's questionnaires and their county's
     * municipalities in others.
     */
    public boolean maySeeSurveyAnswersOf(String ownerCountyCode, String municipalityCode) {
        if (has(Role.ADMIN) || has(Role.ANALYST)) {
            return true;
        }
        return grants.stream().anyMatch(grant -> grant.role() == Role.COUNTY_COORDINATOR
                && (grant.countyCode().equals(ownerCountyCode) || municipalityCode.startsWith(grant.countyCode())));
    }

    /** May run the county's work (surveys for its municipalities): its coordinators and admins. */
    public boolean mayCoordinateCounty(String countyCode) {
        return has(Role.ADMIN) || grants.stream().anyMatch(grant ->
                grant.role() == Role.COUNTY_COORDINATOR && countyCode.equals(grant.countyCode()));
    }
}
