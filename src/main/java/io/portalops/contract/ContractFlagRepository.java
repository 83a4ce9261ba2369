package io.portalops.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractFlagRepository extends JpaRepository<ContractFlag, Long> {
    List<ContractFlag> findByContractIdOrderByRaisedAtAsc(long contractId);
}
