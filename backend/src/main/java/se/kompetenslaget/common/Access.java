package se.kompetenslaget.common;

/**
 * Who may call an operation, declared on it in openapi.yaml as the extension {@code x-kl-access} (and enforced in
 * the services). The role-by-operation test reads it and calls every operation as every kind of caller.
 */
public final class Access {

    /** The name of the operation extension. */
    public static final String EXTENSION = "x-kl-access";
    /** Anyone, signed in or not. */
    public static final String PUBLIC = "public";
    /** Anyone; the body's credentials decide, so a wrong e-mail or password is a 401. */
    public static final String SIGN_IN = "sign_in";
    /** Any signed-in person or valid token. */
    public static final String AUTHENTICATED = "authenticated";
    /** A person, signed in or through their own token; not an integration token. */
    public static final String PERSON = "person";
    /** A person signed in in the browser; no token. */
    public static final String SESSION = "session";
    /** An administrator (through a token: one with the admin scope). */
    public static final String ADMIN = "admin";
    /** A person signed in in the browser, or through their own token with the tokens:write scope. */
    public static final String TOKEN_ISSUER = "token_issuer";
    /**
     * An editor of the municipality in the path (or an administrator), signed in or through their own token with the
     * tokens:write scope.
     */
    public static final String MUNICIPALITY_TOKEN_ISSUER = "municipality_token_issuer";
    /** An editor of the municipality in the path signed in in the browser, or an administrator. */
    public static final String MUNICIPALITY_EDITOR_SESSION = "municipality_editor_session";
    /** A person (signed in or through their own token) who edits the municipality in the path, or an administrator. */
    public static final String MUNICIPALITY_EDITOR_PERSON = "municipality_editor_person";

    /** An administrator or a county coordinator (the object decides which county); tokens need surveys:manage. */
    public static final String SURVEY_MANAGER = "survey_manager";
    /** An administrator, analyst or county coordinator; tokens need read. */
    public static final String SURVEY_READER = "survey_reader";
    /** The municipality's editors, its integration tokens and administrators; tokens need costs:write (or admin). */
    public static final String COST_REPORTER = "cost_reporter";
    /**
     * Who may read the municipality's detailed data: its editors, its county's coordinators and administrators; tokens
     * need the read scope.
     */
    public static final String MUNICIPALITY_READER = "municipality_reader";
    /** The municipality's editors, its integration tokens and administrators; tokens need workforce:write (or admin). */
    public static final String WORKFORCE_REPORTER = "workforce_reporter";
    /**
     * Writes a plan, decision or example of the owner named in the path or body (the example: municipality 2580): its
     * editors and administrators; tokens need plans:write (or admin).
     */
    public static final String PLAN_OWNER_EDITOR = "plan_owner_editor";
    /**
     * Writes an existing plan or example (the object decides whose): administrators, county coordinators and
     * municipality editors pass the first check; tokens need plans:write (or admin).
     */
    public static final String PLAN_EDITOR = "plan_editor";
    /**
     * Reads the detailed data of every municipality they may read (its editors, a county's coordinators, administrators;
     * tokens need the read scope); refused only to those who may read none.
     */
    public static final String MUNICIPALITY_DATA_READER = "municipality_data_reader";
    /**
     * A person signed in in the browser who may publish the subject in the body: the municipality's editors (its
     * figures), the county's coordinators (the county's), administrators (the country's) or a campaign's managers.
     */
    public static final String PUBLISHER = "publisher";

    /**
     * Keeps the contact persons of the municipality in the path: its editors, its county's coordinators and
     * administrators, signed in or through their own token.
     */
    public static final String CONTACT_KEEPER = "contact_keeper";

    /** A person, signed in or through a token with the read scope. */
    public static final String FIGURE_READER = "figure_reader";

    private Access() {
    }
}
