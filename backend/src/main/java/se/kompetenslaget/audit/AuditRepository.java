package se.kompetenslaget.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and appends audit events. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    public PanacheQuery<AuditEvent> search(AuditQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (query.actorId() != null) {
            where.append(" and actorId = :actor");
            parameters.and("actor", query.actorId());
        }
        if (query.municipalityCode() != null) {
            where.append(" and municipalityCode = :municipality");
            parameters.and("municipality", query.municipalityCode());
        }
        if (query.entityType() != null) {
            where.append(" and entityType = :type");
            parameters.and("type", query.entityType());
        }
        if (query.action() != null) {
            where.append(" and action = :action");
            parameters.and("action", query.action());
        }
        if (query.from() != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", query.to());
        }
        return find(where.toString(), Sort.by("occurredAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
                parameters.map());
    }
}
