package io.portalops.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    Optional<ReviewDecision> findByItemId(long itemId);
}
