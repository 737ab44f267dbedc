package se.kompetenslaget.municipality;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.Page;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.SearchText;
import se.kompetenslaget.municipality.MunicipalityDtos.CountySummary;
import se.kompetenslaget.municipality.MunicipalityDtos.CountyView;
import se.kompetenslaget.municipality.MunicipalityDtos.LookupMatch;
import se.kompetenslaget.municipality.MunicipalityDtos.LookupResult;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalitySummary;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalityUpdate;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalityView;

/** Sweden's municipalities and counties: listing, search, lookup (public) and changes to reference data (admin). */
@ApplicationScoped
@Transactional
public class MunicipalityService {

    private final MunicipalityRepository municipalities;
    private final CountyRepository counties;
    private final AccessPolicy access;
    private final AuditService audit;
    private final MunicipalityDirectory directory;
    private final Event<MunicipalityDirectory.Changed> changed;

    public MunicipalityService(MunicipalityRepository municipalities, CountyRepository counties, AccessPolicy access,
            AuditService audit, MunicipalityDirectory directory, Event<MunicipalityDirectory.Changed> changed) {
        this.municipalities = municipalities;
        this.counties = counties;
        this.access = access;
        this.audit = audit;
        this.directory = directory;
        this.changed = changed;
    }

    /** A page of the municipalities matching the filters, from memory: the total is known, no count query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MunicipalityView> search(MunicipalityQuery query, PageRequest pageRequest) {
        List<MunicipalityView> all = searchAll(query);
        int from = (int) Math.min(all.size(), pageRequest.offset());
        int to = (int) Math.min(all.size(), (long) from + pageRequest.size());
        return Page.of(all.subList(from, to), pageRequest, all.size());
    }

    /** Every municipality matching the filters, for exports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MunicipalityView> searchAll(MunicipalityQuery query) {
        return directory.search(query.county(), SearchText.fold(query.q()), query.sort());
    }

    public MunicipalityView get(String code) {
        return municipalities.findByCodeWithCounty(code)
                .map(MunicipalityView::of)
                .orElseThrow(() -> new NotFoundException("There is no municipality with code " + code + "."));
    }

    /** Changes reference data; administrators only, audited. */
    public MunicipalityView update(String code, MunicipalityUpdate request) {
        access.requireAdmin();
        Municipality municipality = municipalities.findByCodeWithCounty(code)
                .orElseThrow(() -> new NotFoundException("There is no municipality with code " + code + "."));
        if (request.population() != null) {
            Changes changes = Changes.none().field("population", municipality.population, request.population());
            municipality.population = request.population();
            if (!changes.isEmpty()) {
                audit.record("update", "municipality", code, code, changes);
                changed.fire(new MunicipalityDirectory.Changed());
            }
        }
        return MunicipalityView.of(municipality);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CountySummary> listCounties() {
        return directory.counties();
    }

    public CountyView getCounty(String code) {
        County county = Optional.ofNullable(counties.findById(code))
                .orElseThrow(() -> new NotFoundException("There is no county with code " + code + "."));
        List<MunicipalitySummary> members = municipalities.listByCounty(code).stream().map(MunicipalitySummary::of).toList();
        return new CountyView(county.code, county.name, members.size(), members);
    }

    /** Resolves each value, a code or a name, to the municipality it names; values naming none are listed apart. */
    public LookupResult lookup(List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        values.forEach(value -> keys.add(SearchText.fold(value)));
        Map<String, Municipality> byKey = new HashMap<>();
        for (Municipality municipality : municipalities.findByCodesOrFoldedNames(keys)) {
            byKey.put(municipality.code, municipality);
            byKey.put(SearchText.fold(municipality.name), municipality);
        }
        List<LookupMatch> matches = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String value : values) {
            Municipality municipality = byKey.get(SearchText.fold(value));
            if (municipality == null) {
                unmatched.add(value);
            } else {
                matches.add(new LookupMatch(value, MunicipalityView.of(municipality)));
            }
        }
        return new LookupResult(matches, unmatched);
    }

    /** Filters and order of a municipality listing. */
    public record MunicipalityQuery(String county, String q, MunicipalitySort sort) {
    }

    /** The orders a municipality listing can be sorted in; names sort in Swedish alphabetical order. */
    public enum MunicipalitySort {
        NAME("name", Sort.by("m.name").and("m.code")),
        NAME_DESC("-name", Sort.by("m.name", Sort.Direction.Descending).and("m.code")),
        CODE("code", Sort.by("m.code")),
        CODE_DESC("-code", Sort.by("m.code", Sort.Direction.Descending)),
        COUNTY("county", Sort.by("m.county.code").and("m.name").and("m.code")),
        COUNTY_DESC("-county", Sort.by("m.county.code", Sort.Direction.Descending).and("m.name").and("m.code"));

        private final String parameter;
        private final Sort sort;

        MunicipalitySort(String parameter, Sort sort) {
            this.parameter = parameter;
            this.sort = sort;
        }

        public String parameter() {
            return parameter;
        }

        Sort toPanache() {
            return sort;
        }

        public static Optional<MunicipalitySort> fromParameter(String value) {
            for (MunicipalitySort candidate : values()) {
                if (candidate.parameter.equals(value)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }
}
