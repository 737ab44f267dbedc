package se.kompetenslaget.access;

import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.AccessDtos.MeView;
import se.kompetenslaget.access.AccessDtos.PasswordChange;
import se.kompetenslaget.access.AccessDtos.SignInRequest;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Browser sign-in with e-mail and password; the session lives in an HttpOnly cookie.")
public class AuthResource {

    private final AuthService service;
    private final boolean secureCookie;

    public AuthResource(AuthService service,
            @ConfigProperty(name = "kl.session.secure-cookie", defaultValue = "true") boolean secureCookie) {
        this.service = service;
        this.secureCookie = secureCookie;
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in",
            description = "Sets the session cookie `kl_session` (HttpOnly, Secure, SameSite=Strict). An unknown e-mail "
                    + "and a wrong password get the same 401. Failed attempts are throttled before any password is "
                    + "checked: per client address, per account and address (by default five failures in 15 minutes), "
                    + "and per account across addresses (a much higher limit); past a limit the answer is 429 with "
                    + "`Retry-After`, and a temporarily locked account is named as such. Failures from one address do "
                    + "not stop the right person signing in from another.")
    @Extension(name = Access.EXTENSION, value = Access.SIGN_IN)
    @APIResponse(responseCode = "200", description = "Signed in; who you are and what you may do.",
            headers = @Header(name = "Set-Cookie", description = "The session (the `session` security scheme): "
                    + "`kl_session=<secret>; Path=/; Max-Age=<KL_SESSION_LIFETIME in seconds>; HttpOnly; Secure (unless "
                    + "KL_SECURE_COOKIE=false); SameSite=Strict`. Send it back as a cookie; a script should rather create "
                    + "an API token with it.",
                    schema = @Schema(type = SchemaType.STRING, example = "kl_session=…; Path=/; Max-Age=43200; "
                            + "HttpOnly; Secure; SameSite=Strict")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    public Response signIn(@Valid SignInRequest request, @Context HttpServerRequest http) {
        AuthService.SignedIn signedIn = service.signIn(request.email(), request.password(), ClientAddress.of(http))
                .orElseThrow(() -> new UnauthorizedException("The e-mail address or the password is wrong."));
        return Response.ok(signedIn.me())
                .cookie(sessionCookie(signedIn.sessionSecret(), (int) signedIn.lifetime().toSeconds()))
                .build();
    }

    @POST
    @Path("/sign-out")
    @Operation(operationId = "signOut", summary = "Sign out", description = "Ends the session and clears its cookie.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "204", description = "Signed out (also when there was no session).",
            headers = @Header(name = "Set-Cookie", description = "Clears the session cookie (`kl_session=; Max-Age=0`).",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response signOut(@Parameter(hidden = true) @CookieParam(CredentialAuthenticationMechanism.SESSION_COOKIE) String session) {
        service.signOut(session);
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMe", summary = "Who am I", description = "The caller and their grants (and a token's scopes).")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Extension(name = Access.EXTENSION, value = Access.AUTHENTICATED)
    @Authenticated
    @APIResponse(responseCode = "200", description = "The caller.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public MeView me() {
        return service.me();
    }

    @GET
    @Path("/session")
    @Operation(operationId = "getSession", summary = "Am I signed in",
            description = "Whether the caller is signed in (a session cookie or a token) and, if so, who they are, "
                    + "as `getMe` tells it. Not signing in is an answer here, not an error: a visitor without a "
                    + "session or token gets 200 with `signedIn: false`. A credential that is wrong is refused, never "
                    + "ignored: a session that has ended (signed out elsewhere, password changed, person deactivated) or "
                    + "an unknown token is a 401, as on `getMe`. The browser app asks this on every page.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "Signed in or not; who, if so.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessDtos.SessionView.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public AccessDtos.SessionView session() {
        return service.session();
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePassword", summary = "Change my password",
            description = "Needs the current password; ends every other session of the person.")
    @SecurityRequirement(name = "session")
    @Extension(name = Access.EXTENSION, value = Access.SESSION)
    @RolesAllowed(Roles.SESSION)
    @APIResponse(responseCode = "204", description = "Changed.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public void changePassword(@Valid PasswordChange request,
            @Parameter(hidden = true) @CookieParam(CredentialAuthenticationMechanism.SESSION_COOKIE) String session) {
        service.changePassword(request.currentPassword(), request.newPassword(), session);
    }

    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(CredentialAuthenticationMechanism.SESSION_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
