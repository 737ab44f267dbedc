package se.kompetenslaget.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import se.kompetenslaget.access.AccessDtos.TokenCreated;
import se.kompetenslaget.access.AccessDtos.TokenRequest;
import se.kompetenslaget.access.AccessDtos.TokenView;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.municipality.MunicipalityRepository;

/**
 * Issues and revokes API tokens: personal tokens for a person, and integration tokens for a municipality they edit.
 * A person issues them signed in, or through their own token with the tokens:write scope; such a token never issues
 * one with a scope it lacks or outliving itself. The value is shown once; only its hash is kept.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    static final int DEFAULT_DAYS = 90;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final MunicipalityRepository municipalities;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    public TokenService(ApiTokenRepository tokens, UserRepository users, MunicipalityRepository municipalities,
            AccessPolicy access, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.municipalities = municipalities;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TokenView> listMine() {
        Caller caller = access.requirePerson();
        return tokens.listOwnedBy(caller.userId()).stream().map(TokenView::of).toList();
    }

    public TokenCreated createMine(TokenRequest request) {
        Caller caller = access.requireTokenIssuer();
        if (request.scopes().contains(Scope.ADMIN.value()) && !caller.has(Role.ADMIN)) {
            throw new BadInputException("Only an administrator's token can have the admin scope.",
                    List.of(new BadInputException.Violation("scopes", "body", "admin needs an administrator")));
        }
        ApiToken token = newToken(request, caller);
        token.owner = users.findById(caller.userId());
        token.parentId = caller.tokenId();
        return issue(token);
    }

    public void revokeMine(UUID id) {
        Caller caller = access.requirePerson();
        ApiToken token = find(id);
        if (token.owner == null || !token.owner.id.equals(caller.userId())) {
            throw new NotFoundException("You have no token " + id + ".");
        }
        revoke(token);
    }

    public List<TokenView> listForMunicipality(String municipalityCode) {
        requireMunicipality(municipalityCode);
        access.requirePerson();
        access.requireMunicipalityEditor(municipalityCode);
        return tokens.listForMunicipality(municipalityCode).stream().map(TokenView::of).toList();
    }

    public TokenCreated createForMunicipality(String municipalityCode, TokenRequest request) {
        requireMunicipality(municipalityCode);
        Caller caller = access.requireTokenIssuer();
        access.requireMunicipalityEditor(municipalityCode);
        if (request.scopes().contains(Scope.ADMIN.value()) || request.scopes().contains(Scope.SURVEYS_MANAGE.value())) {
            throw new BadInputException("An integration token cannot have the admin or surveys:manage scope.",
                    List.of(new BadInputException.Violation("scopes", "body", "admin and surveys:manage are for personal tokens")));
        }
        ApiToken token = newToken(request, caller);
        token.municipalityCode = municipalityCode;
        token.parentId = caller.tokenId();
        return issue(token);
    }

    public void revokeForMunicipality(String municipalityCode, UUID id) {
        requireMunicipality(municipalityCode);
        access.requirePerson();
        access.requireMunicipalityEditor(municipalityCode);
        ApiToken token = find(id);
        if (!municipalityCode.equals(token.municipalityCode)) {
            throw new NotFoundException("Municipality " + municipalityCode + " has no token " + id + ".");
        }
        revoke(token);
    }

    public List<TokenView> listAll() {
        access.requireAdmin();
        return tokens.listAllNewestFirst().stream().map(TokenView::of).toList();
    }

    public void revokeAny(UUID id) {
        access.requireAdmin();
        revoke(find(id));
    }

    private ApiToken newToken(TokenRequest request, Caller caller) {
        // PostgreSQL keeps microseconds: the answer shows the times a later read returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expiresAt = now.plus(Duration.ofDays(request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays()));
        if (caller.tokenId() != null) {
            List<String> missing = request.scopes().stream().distinct()
                    .filter(scope -> Scope.of(scope).map(s -> !caller.allows(s)).orElse(true)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new BadInputException("A token can only create tokens with scopes it has itself.",
                        List.of(new BadInputException.Violation("scopes", "body",
                                "this token lacks " + String.join(", ", missing))));
            }
            // Never outliving the calling token: a longer lifetime is shortened to its end (the answer shows it).
            Instant parentExpiry = find(caller.tokenId()).expiresAt;
            if (expiresAt.isAfter(parentExpiry)) {
                expiresAt = parentExpiry;
            }
        }
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.name = request.name().strip();
        token.scopes = request.scopes().stream().distinct().sorted().toArray(String[]::new);
        token.createdAt = now;
        token.createdBy = caller.userId();
        token.expiresAt = expiresAt;
        return token;
    }

    private TokenCreated issue(ApiToken token) {
        String value = Secrets.newSecret("klt");
        token.tokenHash = Secrets.sha256(value);
        token.prefix = value.substring(0, 8);
        tokens.persist(token);
        audit.record("token_issued", "api_token", token.id, token.municipalityCode, Changes.none()
                .field("name", null, token.name)
                .field("scopes", null, List.of(token.scopes))
                .field("expiresAt", null, token.expiresAt.toString())
                .field("issuedWithToken", null, token.parentId == null ? null : token.parentId.toString()));
        return new TokenCreated(TokenView.of(token), value);
    }

    private void revoke(ApiToken token) {
        if (token.revokedAt != null) {
            return;
        }
        token.revokedAt = clock.instant();
        audit.record("token_revoked", "api_token", token.id, token.municipalityCode, Changes.none()
                .field("revokedAt", null, token.revokedAt.toString()));
    }

    private ApiToken find(UUID id) {
        ApiToken token = tokens.findById(id);
        if (token == null) {
            throw new NotFoundException("There is no token " + id + ".");
        }
        return token;
    }

    private void requireMunicipality(String code) {
        if (municipalities.findById(code) == null) {
            throw new NotFoundException("There is no municipality with code " + code + ".");
        }
    }

}
