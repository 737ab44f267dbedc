package se.kompetenslaget.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an API token may be used for, on top of what its owner (or its municipality) may do. */
@Schema(name = "Scope", description = """
        What an API token may do, on top of what its owner (or its municipality) may do: `read` the data the owner may \
        read, `admin` (the owner's administrator grant), `costs:write`, `workforce:write` and `surveys:write` (for \
        the token's municipality), `surveys:manage` (build, send and follow up questionnaires), `plans:write`,         `tokens:write` (create further tokens over the API, never with more scopes or a longer life than this one).""",
        enumeration = { "read", "admin", "costs:write", "workforce:write", "surveys:write", "surveys:manage",
                "plans:write", "tokens:write" })
public enum Scope {
    /** Read the data the owner may read. */
    READ("read"),
    /** Use the owner's administrator grant (users, grants, reference data, audit trail). */
    ADMIN("admin"),
    /** Report staffing-agency costs for the token's municipality. */
    COSTS_WRITE("costs:write"),
    /** Report workforce figures for the token's municipality. */
    WORKFORCE_WRITE("workforce:write"),
    /** Answer surveys for the token's municipality. */
    SURVEYS_WRITE("surveys:write"),
    /** Build, send and follow up questionnaires, with the owner's administrator or county coordinator grant. */
    SURVEYS_MANAGE("surveys:manage"),
    /** Write action plans, decisions and learning examples of what the owner may edit. */
    PLANS_WRITE("plans:write"),
    /**
     * Create further tokens over the API (personal ones, and integration tokens for a municipality the owner edits),
     * never with a scope this token lacks nor outliving it: how a system gets going without a browser.
     */
    TOKENS_WRITE("tokens:write");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<Scope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
