package io.portalops.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractCommentRepository extends JpaRepository<ContractComment, Long> {
    List<ContractComment> findByContractIdOrderByCreatedAtAsc(long contractId);
}
