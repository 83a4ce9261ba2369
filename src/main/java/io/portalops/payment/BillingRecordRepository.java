package io.portalops.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface BillingRecordRepository extends JpaRepository<BillingRecord, Long>, JpaSpecificationExecutor<BillingRecord> {

    Optional<BillingRecord> findByProductId(long productId);

    boolean existsByProductId(long productId);

    @Query("select b.productId from BillingRecord b")
    List<Long> productIdsWithRecord();

    List<BillingRecord> findByCancellationDeadlineOrderById(LocalDate deadline);

    List<BillingRecord> findByPaymentMethodOrderById(PaymentMethod method);
}
