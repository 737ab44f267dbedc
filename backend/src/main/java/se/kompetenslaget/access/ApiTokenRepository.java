package se.kompetenslaget.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and stores API tokens by the hash of their value. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    public Optional<ApiToken> findByTokenHash(String tokenHash) {
        return find("from ApiToken t left join fetch t.owner where t.tokenHash = ?1", tokenHash).firstResultOptional();
    }

    public List<ApiToken> listOwnedBy(UUID ownerId) {
        return list("owner.id", Sort.by("createdAt", Sort.Direction.Descending), ownerId);
    }

    public List<ApiToken> listForMunicipality(String municipalityCode) {
        return list("municipalityCode", Sort.by("createdAt", Sort.Direction.Descending), municipalityCode);
    }

    public List<ApiToken> listAllNewestFirst() {
        return listAll(Sort.by("createdAt", Sort.Direction.Descending));
    }
}
