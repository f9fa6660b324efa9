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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.reference.ReferenceData;

/**
 * Imports a legacy register export, all or nothing, in one transaction: every row is checked (the file by
 * {@link LegacyFile}, names and references against the register, the history by the claim aggregate) and the
 * claims are written only when none has a problem; the same file imported again changes nothing. Each claim's
 * timeline is rebuilt from its dates. How far a long file has got can be read meanwhile from {@link ImportProgress}.
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
    private ImportProgress progress;

    @Inject
    private Clock clock;

    /**
     * Reads a file as the import would, without storing anything: how many claims it holds and every problem,
     * so that an administrator can correct the file before confirming.
     */
    public ImportCheck check(byte[] content) {
        String file = sha256(content);
        Optional<ImportBatch> earlier = earlier(file);
        if (earlier.isPresent()) {
            return new ImportCheck(file, true, earlier.get().claimCount(), List.of());
        }
        try {
            LegacyFile.Result read = read(content, file);
            List<ImportProblem> problems = new ArrayList<>(read.problems());
            problems.addAll(RegisterCheck.problems(read.rows(), em, referenceData));
            LegacyClaims builder = new LegacyClaims(importer());
            for (LegacyRow row : read.rows()) {
                builder.build(row, ClaimReference.of(row.receivedOn().getYear(), 1), problems);
            }
            return new ImportCheck(file, false, read.rows().size(), sorted(problems));
        } catch (ImportRejectedException e) {
            return new ImportCheck(file, false, 0, e.problems());
        } finally {
            progress.ended(file);
        }
    }

    public ImportReport importCsv(byte[] content) {
        String file = sha256(content);
        Optional<ImportBatch> earlier = earlier(file);
        if (earlier.isPresent()) {
            return new ImportReport(
                    true,
                    0,
                    List.of(),
                    "This file was already imported (" + earlier.get().claimCount() + " claims); nothing was changed.");
        }
        try {
            List<LegacyRow> rows = validated(content, file);
            List<String> references = new ClaimWriter(
                            em,
                            claims,
                            new LegacyClaims(importer()),
                            count -> progress.written(file, rows.size(), count, rows.size()))
                    .write(rows);
            em.persist(
                    new ImportBatch(file, clock.instant(), currentCaller.get().username(), references.size()));
            return new ImportReport(false, references.size(), references, "Imported " + references.size() + " claims.");
        } catch (ImportRejectedException e) {
            throw new ImportRejectedException(sorted(e.problems()));
        } finally {
            progress.ended(file);
        }
    }

    private Optional<ImportBatch> earlier(String sha256) {
        return em.createQuery("select b from ImportBatch b where b.sha256 = :sha", ImportBatch.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    /** The file's rows, or a refusal listing every problem of the file itself and against the register. */
    private List<LegacyRow> validated(byte[] content, String file) {
        LegacyFile.Result read = read(content, file);
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        problems.addAll(RegisterCheck.problems(read.rows(), em, referenceData));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return read.rows();
    }

    private LegacyFile.Result read(byte[] content, String file) {
        try {
            return LegacyFile.read(utf8(content), LocalDate.now(clock), rows -> progress.checked(file, rows));
        } catch (UncheckedIOException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, null, "the file is not UTF-8 text")));
        }
    }

    private Actor importer() {
        Caller caller = currentCaller.get();
        return Actor.of(caller.username(), caller.role().name());
    }

    /** By row, each row's problems staying in the order they were found. */
    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(ImportProblem::row))
                .toList();
    }

    private static Reader utf8(byte[] content) {
        return new InputStreamReader(
                new ByteArrayInputStream(content),
                StandardCharsets.UTF_8
                        .newDecoder()
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
