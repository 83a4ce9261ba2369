package io.portalops.inventory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SaasServiceRepository extends JpaRepository<SaasService, Long> {

    @Query(value = "select service_id from service_admin where account_id = ?1", nativeQuery = true)
    List<Long> servicesAdministeredBy(long accountId);

    @Query(value = "select account_id from service_admin where service_id = ?1", nativeQuery = true)
    List<Long> adminsOf(long serviceId);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    boolean existsByNameIgnoreCase(String name);
}
