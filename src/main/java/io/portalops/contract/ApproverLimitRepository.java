package io.portalops.contract;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApproverLimitRepository extends JpaRepository<ApproverLimit, Long> {}
