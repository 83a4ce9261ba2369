package io.portalops.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalRef(String externalRef);

    boolean existsByExternalRefAndIdNot(String externalRef, long id);

    boolean existsByExternalRef(String externalRef);
}
