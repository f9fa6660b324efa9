package un.vra.claims.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A legacy file that was imported, known by its SHA-256 so the same file is never imported twice. */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    protected ImportBatch() {}

    ImportBatch(String sha256, Instant importedAt, String importedBy, int claimCount) {
        this.sha256 = sha256;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.claimCount = claimCount;
    }

    int claimCount() {
        return claimCount;
    }
}
