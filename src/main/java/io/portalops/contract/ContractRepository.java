package io.portalops.contract;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, Long> {

    Optional<Contract> findByNumber(String number);

    @Query("select c.number, c.id, c.customerId from Contract c where c.number in ?1")
    List<Object[]> idsByNumbers(Collection<String> numbers);

    /** Locks the row, so that two people acting on one contract at once are served one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contract c where c.id = ?1")
    Optional<Contract> findForUpdate(long id);

    @Query(value = "select nextval('contract_number_seq')", nativeQuery = true)
    long nextNumber();

    @Query(
            "select c.id from Contract c where c.status = io.portalops.contract.ContractStatus.APPROVED and c.startDate <= ?1 order by c.id")
    List<Long> approvedStartingBy(LocalDate day);

    @Query(
            "select c.id from Contract c where c.status = io.portalops.contract.ContractStatus.ACTIVE and c.endDate <= ?1 order by c.id")
    List<Long> activeEndingBy(LocalDate day);

    @Query(
            "select new io.portalops.contract.ContractKey(c.id, c.customerId) from Contract c where c.status in ?1 order by c.id")
    List<ContractKey> keysWithStatus(Collection<ContractStatus> statuses, Pageable page);

    @Modifying
    @Query("update Contract c set c.ownerId = ?2 where c.customerId = ?1")
    int reassignOwner(long customerId, long ownerId);

    List<Contract> findByCustomerIdOrderByStartDateDesc(long customerId);
}
