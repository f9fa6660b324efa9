package un.vra.claims.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.Recording;
import un.vra.claims.encryption.PersonalDataConverter;
import un.vra.claims.shared.InvalidInputException;

/**
 * What is known about a document on a claim: its checked name, type, size and hash, a description, and who
 * attached it when. The bytes live in {@link ClaimDocumentContent}, so listing documents never reads them.
 * Documents are never changed or removed; the database refuses it too.
 */
@Entity
@Table(name = "claim_document")
public class ClaimDocument {

    /** The longest description kept, in characters. */
    public static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Convert(PersonalDataConverter.NAME)
    @Column(updatable = false)
    private String description;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_by_role", nullable = false, updatable = false)
    private String uploadedByRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience;

    /** The note's number when the document is a note verbale the application wrote, else none. */
    @Column(name = "note_verbale_number", updatable = false)
    private String noteVerbaleNumber;

    /** To the microsecond, as the database keeps it, so the document reads the same before and after storing. */
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ClaimDocument() {}

    ClaimDocument(Claim claim, CheckedFile file, String description, Audience audience, Recording recording) {
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
            throw new InvalidInputException(
                    "description", "a description has at most " + MAX_DESCRIPTION + " characters");
        }
        this.claimId = claim.id();
        this.fileName = file.fileName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.description = text;
        this.uploadedBy = recording.actor().username();
        this.uploadedByRole = recording.actor().role();
        this.uploadedAt = recording.now().truncatedTo(ChronoUnit.MICROS);
        this.audience = audience;
    }

    /**
     * A note verbale the application wrote to the claim's State, under the note's number. It is addressed to the
     * State and holds no personal data, so it is shared with the State whatever the claimant decided about the UN's
     * other documents.
     */
    public static ClaimDocument noteVerbale(Claim claim, CheckedFile file, String number, Recording recording) {
        ClaimDocument note = new ClaimDocument(claim, file, "Note verbale " + number, Audience.SHARED, recording);
        note.noteVerbaleNumber = number;
        return note;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String description() {
        return description;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public String uploadedByRole() {
        return uploadedByRole;
    }

    public Audience audience() {
        return audience;
    }

    public Optional<String> noteVerbaleNumber() {
        return Optional.ofNullable(noteVerbaleNumber);
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
