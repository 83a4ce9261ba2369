package io.portalops.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PiiRevealRepository extends JpaRepository<PiiReveal, Long> {
    List<PiiReveal> findByTargetTypeAndTargetIdOrderByIdDesc(String targetType, String targetId);
}
