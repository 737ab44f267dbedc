package se.kompetenslaget.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.common.IfMatch;
import se.kompetenslaget.contact.ContactDtos.ContactImport;
import se.kompetenslaget.contact.ContactDtos.ContactRequest;
import se.kompetenslaget.contact.ContactDtos.ContactView;
import se.kompetenslaget.municipality.Places;

/**
 * Municipalities' contact persons for surveys: kept by the municipality's editors and its county's coordinators (and
 * administrators), one by one or from a CSV file; every change audited.
 */
@ApplicationScoped
@Transactional
public class ContactService {

    /** Column names a CSV file may use (lower case), Swedish or English, to the field they fill. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("kommunkod", "municipalityCode"),
            Map.entry("municipality_code", "municipalityCode"), Map.entry("namn", "name"), Map.entry("name", "name"),
            Map.entry("e-post", "email"), Map.entry("epost", "email"), Map.entry("email", "email"),
            Map.entry("e-mail", "email"), Map.entry("roll", "role"), Map.entry("role", "role"),
            Map.entry("verksamhetsområden", "serviceAreas"), Map.entry("service_areas", "serviceAreas"),
            Map.entry("språk", "language"), Map.entry("language", "language"));
    private static final int MAX_ROWS = 5000;

    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;
    private final Places places;
    private final Catalogue catalogue;
    private final Validator validator;

    public ContactService(EntityManager em, AccessPolicy access, AuditService audit, Clock clock, Places places,
            Catalogue catalogue, Validator validator) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.places = places;
        this.catalogue = catalogue;
        this.validator = validator;
    }

    public List<ContactView> list(String municipalityCode) {
        requireKeeper(municipalityCode);
        return em.createQuery("from Contact c where c.municipalityCode = ?1 order by lower(c.name), c.id", Contact.class)
                .setParameter(1, municipalityCode).getResultList().stream().map(this::view).toList();
    }

    public ContactView create(String municipalityCode, ContactRequest request) {
        requireKeeper(municipalityCode);
        checkServiceAreas(request, "");
        if (find(municipalityCode, request.email()) != null) {
            throw new ConflictException("Municipality " + municipalityCode + " already has a contact with this e-mail address.");
        }
        Contact contact = insert(municipalityCode, request, clock.instant());
        return view(contact);
    }

    public ContactView update(String municipalityCode, UUID id, String ifMatch, ContactRequest request) {
        requireKeeper(municipalityCode);
        Contact contact = managed(municipalityCode, id);
        IfMatch.check(ifMatch, contact.version, "The contact");
        checkServiceAreas(request, "");
        Contact other = find(municipalityCode, request.email());
        if (other != null && !other.id.equals(contact.id)) {
            throw new ConflictException("Municipality " + municipalityCode + " already has a contact with this e-mail address.");
        }
        apply(contact, request, clock.instant());
        return view(contact);
    }

    public void delete(String municipalityCode, UUID id, String ifMatch) {
        requireKeeper(municipalityCode);
        Contact contact = managed(municipalityCode, id);
        IfMatch.check(ifMatch, contact.version, "The contact");
        audit.record("delete", "municipality_contact", contact.id, municipalityCode, Changes.none()
                .field("name", contact.name, null).field("email", contact.email, null));
        em.remove(contact);
    }

    /**
     * Adds or updates (by municipality and e-mail address) every row of the file; all or nothing. The municipality
     * comes from a kommunkod column, or from the parameter when the file has none.
     */
    public ContactImport importCsv(String defaultMunicipality, String csv) {
        Caller caller = requireKeeper(defaultMunicipality);
        List<Violation> violations = new ArrayList<>();
        List<Map<String, String>> rows = parse(csv == null ? "" : csv, violations);
        List<String> codes = new ArrayList<>();
        List<ContactRequest> requests = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size() && violations.size() < 100; i++) {
            Map<String, String> row = rows.get(i);
            String field = "rows[" + (i + 1) + "]";
            String code = row.getOrDefault("municipalityCode", defaultMunicipality);
            if (code == null || code.isBlank()) {
                violations.add(new Violation(field + ".kommunkod", "body", "give the municipality's code (kommunkod)"));
                continue;
            }
            code = code.strip();
            if (!places.all().containsKey(code)) {
                violations.add(new Violation(field + ".kommunkod", "body", "there is no municipality " + code));
                continue;
            }
            if (!mayKeep(caller, code)) {
                violations.add(new Violation(field + ".kommunkod", "body", "you may not keep the contacts of municipality " + code));
                continue;
            }
            String areas = row.get("serviceAreas");
            ContactRequest request = new ContactRequest(blankToNull(row.get("name")), blankToNull(row.get("email")),
                    blankToNull(row.get("role")), areas == null || areas.isBlank() ? List.of()
                            : Arrays.stream(areas.split("[|,\\s]+")).filter(s -> !s.isBlank()).toList(),
                    blankToNull(row.get("language")) == null ? null : row.get("language").strip().toLowerCase(Locale.ROOT));
            for (ConstraintViolation<ContactRequest> violation : validator.validate(request)) {
                violations.add(new Violation(field + "." + violation.getPropertyPath(), "body", violation.getMessage()));
            }
            checkServiceAreas(request, field + ".", violations);
            if (request.email() != null) {
                Integer first = seen.putIfAbsent(code + " " + request.email().strip().toLowerCase(Locale.ROOT), i + 1);
                if (first != null) {
                    violations.add(new Violation(field + ".email", "body", "the same contact as row " + first));
                }
            }
            codes.add(code);
            requests.add(request);
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("The file has rows that cannot be imported; nothing was stored.", violations);
        }
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ContactView> contacts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Contact existing = find(codes.get(i), requests.get(i).email());
            if (existing == null) {
                contacts.add(view(insert(codes.get(i), requests.get(i), now)));
                created++;
            } else if (apply(existing, requests.get(i), now)) {
                contacts.add(view(existing));
                updated++;
            } else {
                contacts.add(view(existing));
                unchanged++;
            }
        }
        return new ContactImport(created, updated, unchanged, contacts);
    }

    /** The contacts of these municipalities, for e-mailing invitations (no caller check: the mailer runs as the system). */
    public List<ContactView> ofMunicipalities(Collection<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Contact c where c.municipalityCode in ?1", Contact.class)
                .setParameter(1, municipalityCodes).getResultList().stream()
                .sorted(Comparator.comparing((Contact c) -> c.municipalityCode).thenComparing(c -> c.email))
                .map(this::view).toList();
    }

    /** One contact, if it still exists (for the mailer). */
    public ContactView byId(UUID id) {
        Contact contact = em.find(Contact.class, id);
        return contact == null ? null : view(contact);
    }

    private Contact insert(String municipalityCode, ContactRequest request, Instant now) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.municipalityCode = municipalityCode;
        contact.createdAt = now;
        contact.name = request.name().strip();
        contact.email = request.email().strip();
        contact.role = blankToNull(request.role());
        contact.serviceAreas = areas(request);
        contact.language = request.language() == null ? "sv" : request.language();
        contact.updatedAt = now;
        em.persist(contact);
        audit.record("create", "municipality_contact", contact.id, municipalityCode, Changes.none()
                .field("name", null, contact.name).field("email", null, contact.email).field("role", null, contact.role)
                .field("serviceAreas", null, List.of(contact.serviceAreas)).field("language", null, contact.language));
        return contact;
    }

    /** Writes the request into the contact; false when nothing changed. */
    private boolean apply(Contact contact, ContactRequest request, Instant now) {
        String name = request.name().strip();
        String email = request.email().strip();
        String role = blankToNull(request.role());
        String[] serviceAreas = areas(request);
        String language = request.language() == null ? "sv" : request.language();
        Changes changes = Changes.none().field("name", contact.name, name).field("email", contact.email, email)
                .field("role", contact.role, role)
                .field("serviceAreas", List.of(contact.serviceAreas), List.of(serviceAreas))
                .field("language", contact.language, language);
        if (Objects.equals(contact.name, name) && Objects.equals(contact.email, email) && Objects.equals(contact.role, role)
                && Arrays.equals(contact.serviceAreas, serviceAreas) && Objects.equals(contact.language, language)) {
            return false;
        }
        contact.name = name;
        contact.email = email;
        contact.role = role;
        contact.serviceAreas = serviceAreas;
        contact.language = language;
        contact.updatedAt = now;
        contact.version++;
        audit.record("update", "municipality_contact", contact.id, contact.municipalityCode, changes);
        return true;
    }

    private static String[] areas(ContactRequest request) {
        return request.serviceAreas() == null ? new String[0]
                : request.serviceAreas().stream().map(String::strip).distinct().sorted().toArray(String[]::new);
    }

    private void checkServiceAreas(ContactRequest request, String prefix) {
        List<Violation> violations = new ArrayList<>();
        checkServiceAreas(request, prefix, violations);
        if (!violations.isEmpty()) {
            throw new BadInputException("The contact's service areas are not known.", violations);
        }
    }

    private void checkServiceAreas(ContactRequest request, String prefix, List<Violation> violations) {
        if (request.serviceAreas() == null) {
            return;
        }
        for (int i = 0; i < request.serviceAreas().size(); i++) {
            String area = request.serviceAreas().get(i);
            if (area == null || !catalogue.isServiceArea(area.strip())) {
                violations.add(new Violation(prefix + "serviceAreas[" + i + "]", "body", "must be a service area code"));
            }
        }
    }

    private List<Map<String, String>> parse(String csv, List<Violation> violations) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                String field = COLUMNS.get(header.strip().toLowerCase(Locale.ROOT));
                if (field != null) {
                    fields.put(header, field);
                }
            }
            if (!fields.containsValue("name") || !fields.containsValue("email")) {
                violations.add(new Violation("header", "body", "the first row must name the columns, at least namn and e-post"));
                return rows;
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    violations.add(new Violation("rows", "body", "at most " + MAX_ROWS + " rows in one file"));
                    break;
                }
                Map<String, String> row = new HashMap<>();
                fields.forEach((header, field) -> row.put(field, record.isMapped(header) && record.isSet(header)
                        ? record.get(header) : null));
                rows.add(row);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            violations.add(new Violation("body", "body", "is not a readable CSV file"));
        }
        return rows;
    }

    private Contact find(String municipalityCode, String email) {
        if (email == null) {
            return null;
        }
        List<Contact> found = em.createQuery("from Contact c where c.municipalityCode = ?1 and lower(c.email) = ?2",
                Contact.class).setParameter(1, municipalityCode).setParameter(2, email.strip().toLowerCase(Locale.ROOT))
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Contact managed(String municipalityCode, UUID id) {
        Contact contact = em.find(Contact.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contact == null || !contact.municipalityCode.equals(municipalityCode)) {
            throw new NotFoundException("Municipality " + municipalityCode + " has no contact " + id + ".");
        }
        return contact;
    }

    private Caller requireKeeper(String municipalityCode) {
        Caller caller = access.requireAuthenticated();
        if (!places.all().containsKey(municipalityCode)) {
            throw new NotFoundException("There is no municipality with code " + municipalityCode + ".");
        }
        if (!mayKeep(caller, municipalityCode)) {
            throw new ForbiddenException("Only the municipality's editors, its county's coordinators and administrators "
                    + "can keep its contacts.");
        }
        return caller;
    }

    private static boolean mayKeep(Caller caller, String municipalityCode) {
        return caller.mayEditMunicipality(municipalityCode) || caller.mayCoordinateCounty(municipalityCode.substring(0, 2));
    }

    private ContactView view(Contact contact) {
        return new ContactView(contact.id, contact.municipalityCode, places.municipality(contact.municipalityCode).name(),
                contact.name, contact.email, contact.role, List.of(contact.serviceAreas), contact.language,
                contact.createdAt, contact.updatedAt, contact.version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
