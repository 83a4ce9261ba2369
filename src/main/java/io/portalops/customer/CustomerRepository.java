package io.portalops.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalRef(String externalRef);

    @org.springframework.data.jpa.repository.Query("select c.externalRef, c.id from Customer c where c.externalRef in ?1")
    java.util.List<Object[]> idsByExternalRefs(java.util.Collection<String> externalRefs);

    @org.springframework.data.jpa.repository.Query("select c.id from Customer c order by c.id")
    java.util.List<Long> allIds();

    boolean existsByExternalRefAndIdNot(String externalRef, long id);

    boolean existsByExternalRef(String externalRef);
}
