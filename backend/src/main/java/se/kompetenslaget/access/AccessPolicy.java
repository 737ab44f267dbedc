package se.kompetenslaget.access;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place services ask who the caller is and whether they may do something. Every read and write of
 * municipality-owned data goes through here, object by object, so no list, export or search can skip the check.
 */
@ApplicationScoped
public class AccessPolicy {

    static final String CALLER_ATTRIBUTE = "kompetenslaget.caller";

    private final SecurityIdentity identity;

    public AccessPolicy(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller caller() {
        Caller caller = identity.isAnonymous() ? null : identity.getAttribute(CALLER_ATTRIBUTE);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    public Caller requireAuthenticated() {
        Caller caller = caller();
        if (!caller.isAuthenticated()) {
            throw new UnauthorizedException("Sign in, or send an API token, to do this.");
        }
        return caller;
    }

    /** A person, signed in or through their own token: not an integration token. */
    public Caller requirePerson() {
        Caller caller = requireAuthenticated();
        if (caller.userId() == null) {
            throw new ForbiddenException("Only a person can do this, not an integration token.");
        }
        return caller;
    }

    /** A signed-in person in the browser: needed to issue tokens, so a token cannot mint more tokens. */
    public Caller requireSession() {
        Caller caller = requireAuthenticated();
        if (caller.kind() != Caller.Kind.SESSION) {
            throw new ForbiddenException("Sign in to do this; an API token cannot.");
        }
        return caller;
    }

    /**
     * May issue tokens: a signed-in person, or a person's own token with the tokens:write scope (never an integration
     * token, so a municipality's system cannot multiply itself).
     */
    public Caller requireTokenIssuer() {
        Caller caller = requireAuthenticated();
        if (caller.kind() == Caller.Kind.SESSION
                || caller.kind() == Caller.Kind.PERSONAL_TOKEN && caller.allows(Scope.TOKENS_WRITE)) {
            return caller;
        }
        throw new ForbiddenException(caller.kind() == Caller.Kind.PERSONAL_TOKEN
                ? "This token cannot create tokens: it needs the tokens:write scope."
                : "Sign in, or use a personal token with the tokens:write scope, to create tokens.");
    }

    public Caller requireAdmin() {
        Caller caller = requireAuthenticated();
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only an administrator can do this.");
        }
        return caller;
    }

    /** Coarse check before an object is looked up: may manage some surveys. */
    public Caller requireSurveyManager() {
        Caller caller = requireAuthenticated();
        if (!caller.mayManageSomeSurveys()) {
            throw new ForbiddenException("Only an administrator or a county coordinator can manage surveys"
                    + " (through a token: with the surveys:manage scope).");
        }
        return caller;
    }

    /** May manage the surveys owned by the county (null: national surveys). */
    public Caller requireSurveyManager(String ownerCountyCode) {
        Caller caller = requireSurveyManager();
        if (!caller.mayManageSurveys(ownerCountyCode)) {
            throw new ForbiddenException(ownerCountyCode == null
                    ? "Only an administrator can manage national surveys."
                    : "You may not manage the surveys of county " + ownerCountyCode + ".");
        }
        return caller;
    }

    public Caller requireSurveyReader() {
        Caller caller = requireAuthenticated();
        if (!caller.mayReadSurveys()) {
            throw new ForbiddenException("Only administrators, analysts and county coordinators can read surveys"
                    + " and their results (through a token: with the read scope).");
        }
        return caller;
    }

    public Caller requireMunicipalityEditor(String municipalityCode) {
        Caller caller = requireAuthenticated();
        if (!caller.mayEditMunicipality(municipalityCode)) {
            throw new ForbiddenException("You may not change data of municipality " + municipalityCode + ".");
        }
        return caller;
    }

    public Caller requireCostReporter(String municipalityCode) {
        Caller caller = requireAuthenticated();
        if (!caller.mayReportCosts(municipalityCode)) {
            throw new ForbiddenException("You may not report costs of municipality " + municipalityCode
                    + " (through a token: with the costs:write scope).");
        }
        return caller;
    }

    public Caller requireWorkforceReporter(String municipalityCode) {
        Caller caller = requireAuthenticated();
        if (!caller.mayReportWorkforce(municipalityCode)) {
            throw new ForbiddenException("You may not report workforce figures of municipality " + municipalityCode
                    + " (through a token: with the workforce:write scope).");
        }
        return caller;
    }

    /** Coarse check before a plan (or example) is looked up: may write some plans. */
    public Caller requirePlanEditor() {
        Caller caller = requireAuthenticated();
        if (!caller.mayEditSomePlans()) {
            throw new ForbiddenException("Only administrators, county coordinators and municipality editors can write"
                    + " action plans (through a token: with the plans:write scope).");
        }
        return caller;
    }

    /** May write the plans of this owner (national, a county, a municipality). */
    public Caller requirePlanEditor(String ownerLevel, String countyCode, String municipalityCode) {
        Caller caller = requirePlanEditor();
        if (!caller.mayEditPlansOf(ownerLevel, countyCode, municipalityCode)) {
            throw new ForbiddenException(switch (ownerLevel) {
                case "national" -> "Only an administrator can write national plans.";
                case "county" -> "You may not write the plans of county " + countyCode + ".";
                default -> "You may not write the plans of municipality " + municipalityCode + ".";
            });
        }
        return caller;
    }

    /** A person who may read figures: signed in, or through a token with the read scope. */
    public Caller requireFigureReader() {
        Caller caller = requirePerson();
        if (!caller.allows(Scope.READ)) {
            throw new ForbiddenException("Reading figures through a token needs the read scope.");
        }
        return caller;
    }

    public Caller requireMunicipalityReader(String municipalityCode) {
        Caller caller = requireAuthenticated();
        if (!caller.allows(Scope.READ) || !caller.mayReadMunicipality(municipalityCode)) {
            throw new ForbiddenException("You may not read data of municipality " + municipalityCode + ".");
        }
        return caller;
    }
}
