package se.kompetenslaget.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the sign-in, user, grant and token API. */
public final class AccessDtos {

    static final int MIN_PASSWORD = 12;

    private AccessDtos() {
    }

    @Schema(name = "SignInRequest")
    public record SignInRequest(
            @Schema(required = true, examples = "anna.berg@lulea.se") @NotBlank @Size(max = 320) String email,
            @Schema(required = true, examples = "correct horse battery staple") @NotBlank @Size(max = 200) String password) {
    }

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @Schema(required = true) @NotBlank @Size(max = 200) String currentPassword,
            @Schema(required = true, description = "At least 12 characters.", minLength = MIN_PASSWORD)
            @NotBlank @Size(min = MIN_PASSWORD, max = 200, message = "must be 12 to 200 characters") String newPassword) {
    }

    @Schema(name = "Grant", description = "A role a person holds, for a county or municipality where the role is scoped.")
    public record GrantView(
            @Schema(description = "Absent for the implicit grant of an integration token.", format = "uuid") String id,
            @Schema(required = true, enumeration = { "admin", "county_coordinator", "municipality_editor", "analyst" })
            String role,
            @Schema(description = "For a county coordinator.", examples = "25") String countyCode,
            @Schema(description = "For a municipality editor.", examples = "2580") String municipalityCode) {

        static GrantView of(RoleGrant grant) {
            return new GrantView(grant.id.toString(), grant.role.value(), grant.countyCode, grant.municipalityCode);
        }
    }

    @Schema(name = "GrantRequest", description = "A role to grant; a coordinator needs a county, an editor a municipality.")
    public record GrantRequest(
            @Schema(required = true, enumeration = { "admin", "county_coordinator", "municipality_editor", "analyst" })
            @NotNull @Pattern(regexp = "^(admin|county_coordinator|municipality_editor|analyst)$",
                    message = "must be admin, county_coordinator, municipality_editor or analyst") String role,
            @Schema(examples = "25", pattern = "^[0-9]{2}$")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String countyCode,
            @Schema(examples = "2580", pattern = "^[0-9]{4}$")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String municipalityCode) {
    }

    @Schema(name = "User", description = "A person who signs in, with their grants. Personal data: administrators only.")
    public record UserView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(description = "Absent once the person is erased.", examples = "anna.berg@lulea.se") String email,
            @Schema(required = true, description = "A pseudonym once the person is erased.", examples = "Anna Berg")
            String displayName,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<GrantView> grants,
            @Schema(required = true, description = "Counts changes of the person and their grants; the ETag. Send it "
                    + "in If-Match to change the user or revoke a grant.") long revision,
            @Schema(description = "When the person's personal data was erased; absent otherwise.") Instant erasedAt) {

        static UserView of(User user) {
            return new UserView(user.id.toString(), user.email, user.displayName, user.active, user.createdAt,
                    user.grants.stream().map(GrantView::of).toList(), user.version, user.erasedAt);
        }
    }

    @Schema(name = "Session", description = "Whether the caller is signed in and, if so, who they are.")
    public record SessionView(
            @Schema(required = true, description = "True for a signed-in person or a valid token.") boolean signedIn,
            @Schema(description = "The caller; absent when not signed in.") MeView me) {
    }

    @Schema(name = "Me", description = "The caller: a signed-in person, a person's token, or an integration token.")
    public record MeView(
            @Schema(required = true, enumeration = { "session", "personal_token", "integration_token" }) String kind,
            @Schema(description = "The person; absent for an integration token.") UserView user,
            @Schema(required = true) List<GrantView> grants,
            @Schema(description = "What the token may do; absent for a browser session.", type = SchemaType.ARRAY,
                    uniqueItems = true, implementation = Scope.class) Set<String> scopes) {
    }

    @Schema(name = "UserCreate")
    public record UserCreate(
            @Schema(required = true, examples = "anna.berg@lulea.se", format = "email") @NotBlank @Email @Size(max = 320) String email,
            @Schema(required = true, examples = "Anna Berg") @NotBlank @Size(max = 200) String displayName,
            @Schema(required = true, description = "An initial password of at least 12 characters, to be changed by the person.")
            @NotBlank @Size(min = MIN_PASSWORD, max = 200, message = "must be 12 to 200 characters") String password) {
    }

    @Schema(name = "UserUpdate", description = "Fields to change; absent fields stay as they are.")
    public record UserUpdate(
            @Schema(examples = "Anna Berg") @Size(min = 1, max = 200) String displayName,
            @Schema(description = "false signs the person out everywhere and refuses their tokens.") Boolean active,
            @Schema(description = "A new password (at least 12 characters); signs the person out everywhere.")
            @Size(min = MIN_PASSWORD, max = 200, message = "must be 12 to 200 characters") String password) {
    }

    @Schema(name = "UserPage", description = "One page of users.")
    public record UserPage(@Schema(required = true) List<UserView> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {
    }

    @Schema(name = "ApiToken", description = "An API token, without its value: that is shown once, when it is created.")
    public record TokenView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, examples = "Lönesystemet") String name,
            @Schema(required = true, description = "The token's first characters, to tell tokens apart.", examples = "klt_Xb3f")
            String prefix,
            @Schema(description = "The person a personal token acts as.", format = "uuid") String ownerId,
            @Schema(description = "The municipality an integration token acts for.", examples = "2580") String municipalityCode,
            @Schema(required = true, examples = "[\"costs:write\"]", type = SchemaType.ARRAY,
                    implementation = Scope.class) List<String> scopes,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id.toString(), token.name, token.prefix,
                    token.owner == null ? null : token.owner.id.toString(), token.municipalityCode,
                    List.of(token.scopes), token.createdAt, token.expiresAt, token.lastUsedAt, token.revokedAt);
        }
    }

    @Schema(name = "ApiTokenRequest")
    public record TokenRequest(
            @Schema(required = true, examples = "Lönesystemet") @NotBlank @Size(max = 100) String name,
            @Schema(required = true, examples = "[\"costs:write\", \"workforce:write\"]", type = SchemaType.ARRAY,
                    minItems = 1, implementation = Scope.class,
                    description = "Created with a token: only scopes that token has.")
            @NotEmpty List<@NotNull @Pattern(regexp = "^(read|admin|costs:write|workforce:write|surveys:write|surveys:manage|plans:write|tokens:write)$",
                    message = "must be read, admin, costs:write, workforce:write, surveys:write, surveys:manage, plans:write or tokens:write") String> scopes,
            @Schema(description = "Days until it expires, 1 to 365; 90 when absent.", examples = "90", minimum = "1",
                    maximum = "365")
            @Min(value = 1, message = "must be 1 or more") @Max(value = 365, message = "must be at most 365")
            Integer expiresInDays) {
    }

    @Schema(name = "ApiTokenCreated", description = "A new token and, this once, its value.")
    public record TokenCreated(
            @Schema(required = true) TokenView token,
            @Schema(required = true, description = "Send as `Authorization: Bearer <value>`. Not shown again.",
                    examples = "klt_Xb3fJ0-3kq…") String value) {
    }
}
