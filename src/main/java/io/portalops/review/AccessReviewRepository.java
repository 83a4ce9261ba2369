package io.portalops.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessReviewRepository extends JpaRepository<AccessReview, Long> {

    List<AccessReview> findByStatusOrderByDueDateAscIdAsc(CampaignStatus status);

    List<AccessReview> findAllByOrderByIdDesc();
}
