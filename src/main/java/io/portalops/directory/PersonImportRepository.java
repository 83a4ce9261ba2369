package io.portalops.directory;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonImportRepository extends JpaRepository<PersonImport, Long> {

    List<PersonImport> findAllByOrderByImportedAtDescIdDesc(Limit limit);
}
