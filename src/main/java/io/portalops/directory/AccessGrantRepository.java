package io.portalops.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {

    @Query(
            "select count(g) > 0 from AccessGrant g where g.personId = ?1 and g.productId = ?2 and g.status <> io.portalops.directory.GrantStatus.REVOKED")
    boolean existsOpen(long personId, long productId);

    List<AccessGrant> findByPersonIdOrderByIdDesc(long personId);
}
