package io.portalops.usage;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsagePolicyRepository extends JpaRepository<UsagePolicy, Long> {

    Optional<UsagePolicy> findByProductId(long productId);
}
