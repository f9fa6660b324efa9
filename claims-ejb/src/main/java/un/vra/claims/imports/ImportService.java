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
import java.util.logging.Logger;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.metrics.MeasureRepository;
import un.vra.claims.metrics.RatingRepository;
import un.vra.claims.reference.ReferenceData;

/**
 * Imports a legacy register export, all or nothing, in one transaction: every row is checked (the file by
 * {@link LegacyFile}, names and references against the register, the history by the claim aggregate) and the
 * claims are written only when none has a problem; the same file imported again changes nothing. Each claim's
 * timeline is rebuilt from its dates. The API sends a file to {@link ImportJobs}, which imports it in the background;
 * how far a long file has got can be read meanwhile from {@link ImportProgress}.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClaimRepository claims;

    @Inject
    private MeasureRepository measures;

    @Inject
    private RatingRepository ratings;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ImportProgress progress;

    @Inject
    private ImportJobs jobs;

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
            LegacyClaims builder = new LegacyClaims(importer(currentCaller.get()));
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

    /**
     * Starts importing a file in the background ({@link ImportJobs}), or, when the same file was imported before,
     * answers at once with an ended import whose report says so.
     */
    public ImportJobs.Job submit(byte[] content) {
        String file = sha256(content);
        Optional<ImportReport> earlier = alreadyImported(file);
        if (earlier.isPresent()) {
            return new ImportJobs.Job(null, file, ImportJobs.State.IMPORTED, earlier.get(), null, clock.instant());
        }
        return jobs.start(file, content, currentCaller.get());
    }

    /**
     * Imports a file not imported before, all or nothing, on behalf of the caller who sent it; logs how long each
     * stage took.
     *
     * @param file the file's SHA-256
     */
    public ImportReport write(String file, byte[] content, Caller caller) {
        long started = System.nanoTime();
        try {
            List<LegacyRow> rows = validated(content, file);
            long checked = System.nanoTime();
            List<String> references = new ClaimWriter(
                            em,
                            claims,
                            measures,
                            ratings,
                            new LegacyClaims(importer(caller)),
                            count -> progress.written(file, rows.size(), count, rows.size()))
                    .write(rows);
            em.persist(new ImportBatch(file, clock.instant(), caller.username(), references.size()));
            LOG.info(() -> "Import of " + rows.size() + " rows: read and checked in " + millis(started, checked)
                    + " ms, written in " + millis(checked, System.nanoTime()) + " ms");
            return new ImportReport(false, references.size(), references, "Imported " + references.size() + " claims.");
        } catch (ImportRejectedException e) {
            throw new ImportRejectedException(sorted(e.problems()));
        } finally {
            progress.ended(file);
        }
    }

    private Optional<ImportReport> alreadyImported(String file) {
        return earlier(file)
                .map(earlier -> new ImportReport(
                        true,
                        0,
                        List.of(),
                        "This file was already imported (" + earlier.claimCount() + " claims); nothing was changed."));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
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

    private static Actor importer(Caller caller) {
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
