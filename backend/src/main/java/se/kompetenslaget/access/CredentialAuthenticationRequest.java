package se.kompetenslaget.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session cookie's value or a bearer token, to be checked against their stored hashes. */
public class CredentialAuthenticationRequest extends BaseAuthenticationRequest {

    /** Where the credential came from. */
    public enum Source { SESSION_COOKIE, BEARER_TOKEN }

    private final Source source;
    private final String secret;

    public CredentialAuthenticationRequest(Source source, String secret) {
        this.source = source;
        this.secret = secret;
    }

    public Source source() {
        return source;
    }

    public String secret() {
        return secret;
    }
}
