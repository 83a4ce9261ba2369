package io.portalops.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractApprovalRepository extends JpaRepository<ContractApproval, Long> {

    List<ContractApproval> findByContractIdOrderByDecidedAtAsc(long contractId);

    List<ContractApproval> findByContractIdAndRoundOrderByLevelAsc(long contractId, int round);

    boolean existsByContractIdAndApproverId(long contractId, long approverId);
}
