package io.portalops.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessProfileRepository extends JpaRepository<AccessProfile, Long> {

    @Query("select p from AccessProfile p where lower(p.department) = lower(?1)")
    List<AccessProfile> findByDepartment(String department);

    @Query("select p from AccessProfile p order by lower(p.department), lower(coalesce(p.title, '')), p.id")
    List<AccessProfile> findAllOrdered();

    @Query("select count(p) > 0 from AccessProfile p where lower(p.name) = lower(?1) and (?2 is null or p.id <> ?2)")
    boolean nameTaken(String name, @Nullable Long exceptId);

    @Query("select count(p) > 0 from AccessProfile p where lower(p.department) = lower(?1) "
            + "and lower(coalesce(p.title, '')) = lower(?2) and (?3 is null or p.id <> ?3)")
    boolean matchTaken(String department, String title, @Nullable Long exceptId);
}
