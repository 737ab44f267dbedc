package se.kompetenslaget.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kompetenslaget.catalogue.CatalogueDtos.ProfessionView;
import se.kompetenslaget.catalogue.CatalogueDtos.ServiceAreaView;

/**
 * The service-area and profession catalogues. They change only by migration, so they are read once and kept; codes of
 * retired entries stay known, so old answers naming them still read.
 */
@Singleton
public class Catalogue {

    private volatile Map<String, ServiceAreaView> serviceAreas;
    private volatile Map<String, ProfessionView> professions;

    public List<ServiceAreaView> serviceAreas() {
        return List.copyOf(areas().values());
    }

    public List<ProfessionView> professions() {
        return List.copyOf(jobs().values());
    }

    public boolean isServiceArea(String code) {
        return areas().containsKey(code);
    }

    public boolean isProfession(String code) {
        return jobs().containsKey(code);
    }

    public ServiceAreaView serviceArea(String code) {
        return areas().get(code);
    }

    public ProfessionView profession(String code) {
        return jobs().get(code);
    }

    private Map<String, ServiceAreaView> areas() {
        if (serviceAreas == null) {
            load();
        }
        return serviceAreas;
    }

    private Map<String, ProfessionView> jobs() {
        if (professions == null) {
            load();
        }
        return professions;
    }

    @Transactional
    synchronized void load() {
        Map<String, ServiceAreaView> areas = new LinkedHashMap<>();
        Panache.getEntityManager().createQuery("from ServiceArea order by sortOrder, code", ServiceArea.class)
                .getResultList().forEach(area -> areas.put(area.code, ServiceAreaView.of(area)));
        Map<String, ProfessionView> jobs = new LinkedHashMap<>();
        Panache.getEntityManager().createQuery("from Profession order by sortOrder, code", Profession.class)
                .getResultList().forEach(job -> jobs.put(job.code, ProfessionView.of(job)));
        serviceAreas = areas;
        professions = jobs;
    }
}
