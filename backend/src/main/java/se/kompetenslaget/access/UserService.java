package se.kompetenslaget.access;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import se.kompetenslaget.access.AccessDtos.GrantRequest;
import se.kompetenslaget.access.AccessDtos.GrantView;
import se.kompetenslaget.access.AccessDtos.UserCreate;
import se.kompetenslaget.access.AccessDtos.UserUpdate;
import se.kompetenslaget.access.AccessDtos.UserView;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.common.Differences;
import se.kompetenslaget.common.IfMatch;
import se.kompetenslaget.common.Page;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.municipality.CountyRepository;
import se.kompetenslaget.municipality.MunicipalityRepository;

/** Administrators manage people and their grants; every change is audited. */
@ApplicationScoped
@Transactional
public class UserService {

    private final UserRepository users;
    private final UserSessionRepository sessions;
    private final CountyRepository counties;
    private final MunicipalityRepository municipalities;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    public UserService(UserRepository users, UserSessionRepository sessions, CountyRepository counties,
            MunicipalityRepository municipalities, AccessPolicy access, AuditService audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.counties = counties;
        this.municipalities = municipalities;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<UserView> list(String q, PageRequest page) {
        access.requireAdmin();
        var found = q == null || q.isBlank()
                ? users.findAll(Sort.by("email"))
                : users.find("lower(email) like ?1 or lower(displayName) like ?1", Sort.by("email"),
                        "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        found.range(page.offset(), page.offset() + page.size() - 1);
        return Page.of(found.list(), page, found.count()).map(UserView::of);
    }

    public UserView get(UUID id) {
        access.requireAdmin();
        return UserView.of(find(id));
    }

    public UserView create(UserCreate request) {
        access.requireAdmin();
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (users.findByEmail(email).isPresent()) {
            throw new ConflictException("There is already a user with the e-mail address " + email + ".");
        }
        User user = User.create(email, request.displayName(), request.password(), clock.instant());
        try {
            users.persistAndFlush(user);
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException) && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            // Created at the same moment by someone else (the unique e-mail index): a conflict, not a failure.
            throw new ConflictException("There is already a user with the e-mail address " + email + ".");
        }
        audit.record("create", "user", user.id, null, Changes.none()
                .field("email", null, user.email).field("displayName", null, user.displayName));
        return UserView.of(user);
    }

    public UserView update(UUID id, String ifMatch, UserUpdate request) {
        access.requireAdmin();
        User user = locked(id);
        IfMatch.check(ifMatch, user.version, "The user", Differences.of()
                .check("displayName", request.displayName() == null || request.displayName().isBlank() ? null
                        : user.displayName, request.displayName() == null || request.displayName().isBlank() ? null
                                : request.displayName().strip())
                .check("active", request.active() == null ? null : user.active, request.active()).list());
        Instant now = clock.instant();
        Changes changes = Changes.none();
        if (request.displayName() != null && !request.displayName().isBlank()) {
            changes.field("displayName", user.displayName, request.displayName().strip());
            user.displayName = request.displayName().strip();
        }
        if (request.active() != null && request.active() != user.active) {
            if (!request.active() && user.id.equals(access.caller().userId())) {
                throw new BadInputException("You cannot deactivate yourself.",
                        List.of(new BadInputException.Violation("active", "body", "cannot deactivate yourself")));
            }
            changes.field("active", user.active, request.active());
            user.active = request.active();
        }
        if (request.password() != null) {
            changes.field("password", "(set)", "(changed)");
            user.passwordHash = Secrets.hashPassword(request.password());
            user.passwordChangedAt = now;
            user.lockedUntil = null;
            user.failedSignIns = 0;
        }
        if (!user.active || request.password() != null) {
            sessions.revokeAllOf(user, now);
        }
        if (!changes.isEmpty()) {
            audit.record("update", "user", user.id, null, changes);
        }
        users.flush();
        return UserView.of(user);
    }

    public GrantView grant(UUID userId, GrantRequest request) {
        access.requireAdmin();
        User user = locked(userId);
        Role role = Role.of(request.role()).orElseThrow();
        String county = role == Role.COUNTY_COORDINATOR ? request.countyCode() : null;
        String municipality = role == Role.MUNICIPALITY_EDITOR ? request.municipalityCode() : null;
        if (role == Role.COUNTY_COORDINATOR && (county == null || counties.findById(county) == null)) {
            throw new BadInputException("A county coordinator needs an existing county.",
                    List.of(new BadInputException.Violation("countyCode", "body", "must name an existing county")));
        }
        if (role == Role.MUNICIPALITY_EDITOR && (municipality == null || municipalities.findById(municipality) == null)) {
            throw new BadInputException("A municipality editor needs an existing municipality.",
                    List.of(new BadInputException.Violation("municipalityCode", "body", "must name an existing municipality")));
        }
        boolean held = user.grants.stream().anyMatch(g -> g.role == role
                && java.util.Objects.equals(g.countyCode, county) && java.util.Objects.equals(g.municipalityCode, municipality));
        if (held) {
            throw new ConflictException("The user already holds this grant.");
        }
        RoleGrant grant = user.grant(role, county, municipality, clock.instant());
        newRevision(user);
        audit.record("grant", "user", user.id, municipality, Changes.none()
                .field("grant", null, describe(grant)));
        return GrantView.of(grant);
    }

    public void revoke(UUID userId, UUID grantId, String ifMatch) {
        Caller caller = access.requireAdmin();
        User user = locked(userId);
        IfMatch.check(ifMatch, user.version, "The user's grants");
        RoleGrant grant = user.grants.stream().filter(g -> g.id.equals(grantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("The user has no grant " + grantId + "."));
        if (grant.role == Role.ADMIN && user.id.equals(caller.userId())) {
            throw new ConflictException("You cannot remove your own administrator grant; another administrator can.");
        }
        user.grants.remove(grant);
        newRevision(user);
        audit.record("revoke", "user", user.id, grant.municipalityCode, Changes.none()
                .field("grant", describe(grant), null));
    }

    private User find(UUID id) {
        User user = users.findById(id);
        if (user == null) {
            throw new NotFoundException("There is no user " + id + ".");
        }
        return user;
    }

    /**
     * The user, locked before it is read: a concurrent administrator's write waits, then reads what the first one
     * committed, so an If-Match is never checked against a stale revision.
     */
    private User locked(UUID id) {
        User user = users.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new NotFoundException("There is no user " + id + ".");
        }
        return user;
    }

    /** A grant given or revoked is a change of the user: a new revision, so an edit based on the old one gets 412. */
    private void newRevision(User user) {
        users.flush();
        users.getEntityManager().lock(user, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private static String describe(RoleGrant grant) {
        String scope = grant.countyCode != null ? " " + grant.countyCode
                : grant.municipalityCode != null ? " " + grant.municipalityCode : "";
        return grant.role.value() + scope;
    }
}
