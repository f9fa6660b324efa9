package un.vra.claims.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimScope;
import un.vra.claims.claim.LegacyHistory;
import un.vra.claims.claim.NewChild;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.Sex;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.DomainException;

/**
 * Imports a legacy register export, all or nothing: every row is checked (the file by the reader, names and
 * references against the database) before any claim is created, and the same file imported again changes
 * nothing. Each claim's timeline is rebuilt from its dates.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ImportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClaimRepository claims;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    /**
     * Reads a file as the import would, without storing anything: how many claims it holds and every problem,
     * so that an administrator can correct the file before confirming.
     */
    public ImportCheck check(byte[] content) {
        Optional<ImportBatch> earlier = earlier(sha256(content));
        if (earlier.isPresent()) {
            return new ImportCheck(true, earlier.get().claimCount(), List.of());
        }
        try {
            LegacyCsvReader.Result read = read(content);
            List<ImportProblem> problems = problems(read);
            Actor importer = importer();
            for (LegacyRow row : read.rows()) {
                build(row, ClaimReference.of(row.receivedOn().getYear(), 1), importer, problems);
            }
            return new ImportCheck(false, read.rows().size(), sorted(problems));
        } catch (ImportRejectedException e) {
            return new ImportCheck(false, 0, e.problems());
        }
    }

    public ImportReport importCsv(byte[] content) {
        String sha256 = sha256(content);
        Optional<ImportBatch> earlier = earlier(sha256);
        if (earlier.isPresent()) {
            return new ImportReport(true, 0, List.of(), "This file was already imported (" + earlier.get().claimCount()
                    + " claims); nothing was changed.");
        }
        LegacyCsvReader.Result read = validated(content);
        Actor importer = importer();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (LegacyRow row : read.rows()) {
            ClaimReference reference = row.reference() == null
                    ? claims.nextReference(row.receivedOn().getYear())
                    : claims.reserve(ClaimReference.parse(row.reference()));
            Claim claim = build(row, reference, importer, problems);
            if (claim != null) {
                claims.add(claim);
                references.add(claim.reference().value());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(sorted(problems));
        }
        em.persist(new ImportBatch(sha256, clock.instant(), currentCaller.get().username(), references.size()));
        return new ImportReport(false, references.size(), references, "Imported " + references.size() + " claims.");
    }

    private Optional<ImportBatch> earlier(String sha256) {
        return em.createQuery("select b from ImportBatch b where b.sha256 = :sha", ImportBatch.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    /** The file's rows, or a refusal listing every problem of the file itself and against the register. */
    private LegacyCsvReader.Result validated(byte[] content) {
        LegacyCsvReader.Result read = read(content);
        List<ImportProblem> problems = problems(read);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(sorted(problems));
        }
        return read;
    }

    private LegacyCsvReader.Result read(byte[] content) {
        try {
            return LegacyCsvReader.read(utf8(content), LocalDate.now(clock));
        } catch (UncheckedIOException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, null, "the file is not UTF-8 text")));
        }
    }

    private List<ImportProblem> problems(LegacyCsvReader.Result read) {
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        read.rows().forEach(row -> problems.addAll(againstRegister(row)));
        return problems;
    }

    private Actor importer() {
        Caller caller = currentCaller.get();
        return Actor.of(caller.username(), caller.role().name());
    }

    /** The claim a row describes, or null with a problem when its dates do not lead to its status. */
    private static Claim build(LegacyRow row, ClaimReference reference, Actor importer, List<ImportProblem> problems) {
        NewClaim details = new NewClaim(row.receivedOn(), row.claimType(), row.mission(), row.allegationReference(),
                row.personnelCategory(), row.memberState(), row.claimantName(), null,
                row.childBirthYears().stream().map(year -> new NewChild(null, year, Sex.UNDISCLOSED)).toList(),
                null, null);
        LegacyHistory history = new LegacyHistory(row.status(), row.paternityOutcome(), row.closureReason(),
                row.notifiedOn(), row.acknowledgedOn(), row.paternityDeterminedOn(), row.supportArrangedOn(),
                row.closedOn());
        try {
            return LegacyReplay.rebuild(reference, details, history, importer);
        } catch (DomainException e) {
            problems.add(new ImportProblem(row.row(), "status", e.getMessage()));
            return null;
        }
    }

    private List<ImportProblem> againstRegister(LegacyRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        if (referenceData.mission(row.mission()).isEmpty()) {
            problems.add(new ImportProblem(row.row(), "mission", "unknown mission " + row.mission()));
        }
        if (row.memberState() != null && referenceData.memberState(row.memberState()).isEmpty()) {
            problems.add(new ImportProblem(row.row(), "member_state", "unknown Member State " + row.memberState()));
        }
        if (row.reference() != null
                && claims.find(ClaimReference.parse(row.reference()), ClaimScope.all()).isPresent()) {
            problems.add(new ImportProblem(row.row(), "reference", row.reference() + " is already in the register"));
        }
        return problems;
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted((a, b) -> Integer.compare(a.row(), b.row())).toList();
    }

    private static Reader utf8(byte[] content) {
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
