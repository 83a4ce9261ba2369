package io.portalops.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    List<Invoice> findByBillingRecordIdOrderByInvoiceDateDescIdDesc(long billingRecordId);

    Optional<Invoice> findByIdAndBillingRecordId(long id, long billingRecordId);
}
