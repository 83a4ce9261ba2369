package io.portalops.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportRecordRepository extends JpaRepository<ExportRecord, Long> {

    List<ExportRecord> findBySha256OrderByIdAsc(String sha256);

    List<ExportRecord> findByStatusAndExpiresAtBefore(ExportStatus status, Instant before);

    List<ExportRecord> findByStatus(ExportStatus status);

    Optional<ExportRecord> findByIdAndAccountId(long id, long accountId);
}
