package io.portalops.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAttachmentRepository extends JpaRepository<ContractAttachment, Long> {
    List<ContractAttachment> findByContractIdOrderByUploadedAtAsc(long contractId);
}
