package io.portalops.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    boolean existsByEmployeeNumber(String employeeNumber);

    boolean existsByEmployeeNumberAndIdNot(String employeeNumber, long id);

    /** Served by the unique index on lower(email). */
    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(?1)")
    boolean existsByEmail(String email);

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(?1) and p.id <> ?2")
    boolean existsByEmailAndIdNot(String email, long id);

    boolean existsByAccountIdAndIdNot(long accountId, long id);

    boolean existsByAccountId(long accountId);

    Optional<Person> findByEmployeeNumber(String employeeNumber);

    @Query("select p from Person p where lower(p.email) = lower(?1)")
    Optional<Person> findByEmail(String email);

    /** Emails (lower case) and employee numbers among the given that exist already, for the CSV import. */
    @Query("select lower(p.email) from Person p where lower(p.email) in ?1")
    List<String> existingEmails(Collection<String> lowerCaseEmails);

    @Query("select p.employeeNumber from Person p where p.employeeNumber in ?1")
    List<String> existingEmployeeNumbers(Collection<String> employeeNumbers);

    List<Person> findByStatusOrderByNameAscIdAsc(EmploymentStatus status, Pageable page);

    @Query("select distinct p.department from Person p where p.department is not null order by p.department")
    List<String> departments();
}
