package io.portalops.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalRef(String externalRef);

    @Query("select c.externalRef, c.id from Customer c where c.externalRef in ?1")
    List<Object[]> idsByExternalRefs(Collection<String> externalRefs);

    @Query("select c.id from Customer c order by c.id")
    List<Long> allIds();

    boolean existsByExternalRefAndIdNot(String externalRef, long id);

    boolean existsByExternalRef(String externalRef);
}
