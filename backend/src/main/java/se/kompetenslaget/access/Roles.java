package se.kompetenslaget.access;

/** Names of the coarse security roles a caller's identity carries, for {@code @RolesAllowed}. */
public final class Roles {

    /** A person: signed in, or through their own token. */
    public static final String PERSON = "person";
    /** A person signed in in the browser. */
    public static final String SESSION = "session";
    /** A municipality's integration token. */
    public static final String INTEGRATION = "integration";
    /** An administrator (a token only with the admin scope). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
