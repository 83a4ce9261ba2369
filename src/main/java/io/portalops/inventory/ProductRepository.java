package io.portalops.inventory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, Long> {

    @Query(value = "select product_id from product_admin where account_id = ?1", nativeQuery = true)
    List<Long> productsAdministeredBy(long accountId);

    @Query("select p.id from Product p where p.serviceId in ?1")
    List<Long> idsOfServices(Collection<Long> serviceIds);

    @Query("select distinct p.serviceId from Product p where p.id in ?1")
    List<Long> servicesOf(Collection<Long> productIds);

    List<Product> findByServiceIdOrderByNameAsc(long serviceId);

    List<Product> findByServiceIdInOrderByNameAsc(Collection<Long> serviceIds);

    boolean existsByServiceIdAndNameIgnoreCaseAndIdNot(long serviceId, String name, long id);

    boolean existsByServiceIdAndNameIgnoreCase(long serviceId, String name);

    /** Takes a seat if one is free (or the licence does not count seats); 0 rows when the product is full. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(
            value = "update product set seats_assigned = seats_assigned + 1 where id = ?1 "
                    + "and (licence_model <> 'PER_SEAT' or seats_assigned < seats_purchased)",
            nativeQuery = true)
    int takeSeat(long productId);

    @Modifying(flushAutomatically = true)
    @Query(
            value = "update product set seats_assigned = greatest(seats_assigned - 1, 0) where id = ?1",
            nativeQuery = true)
    int freeSeat(long productId);

    @Modifying
    @Query(value = "update product set seats_assigned = 0 where seats_assigned <> 0", nativeQuery = true)
    int clearSeats();

    @Modifying
    @Query(value = "update product set seats_assigned = ?2 where id = ?1", nativeQuery = true)
    int setSeats(long productId, int seats);

    @Query(value = "select seats_assigned from product where id = ?1", nativeQuery = true)
    int seatsAssigned(long productId);
}
