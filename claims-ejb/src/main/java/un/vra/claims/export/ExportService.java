package un.vra.claims.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import java.util.function.Function;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.application.ClaimAccess;
import un.vra.claims.claim.application.ClaimSummary;
import un.vra.claims.metrics.ClaimQueries;

/**
 * Exports of the register, as filtered. The register is read in batches by the claim's
 * scope (a focal point exports only its State's claims) and written row by row, so its size does not matter;
 * it holds no personal data, and a focal point's export not even the claimants' pseudonyms. Column titles and
 * values come from the caller's texts, so a French reader gets a French file. Each export is one entry of the
 * access log, under {@link AuditTrail#REGISTER} with its filters, written before the first row.
 */
@Stateless
public class ExportService {

    private static final int BATCH = 500;

    @Inject
    private ClaimQueries claims;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private TimeStandards standards;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public void register(ClaimFilter filter, ExportFormat format, ResourceBundle texts, OutputStream out) {
        Caller caller = currentCaller.get();
        audit.registerExported(caller, "register export (" + format + "): " + filter.describe());
        boolean withPseudonym = !caller.isFocalPoint();
        List<String> headers = new ArrayList<>(List.of(
                texts.getString("claim.reference"),
                texts.getString("claim.receivedOn"),
                texts.getString("claim.claimType"),
                texts.getString("claim.mission"),
                texts.getString("claim.allegation"),
                texts.getString("claim.personnelCategory"),
                texts.getString("claim.memberState"),
                texts.getString("claim.status"),
                texts.getString("claim.whoseTurn"),
                texts.getString("claim.nextStep"),
                texts.getString("claim.dueOn"),
                texts.getString("claim.overdue"),
                texts.getString("claim.daysPending"),
                texts.getString("claim.daysWithMemberState")));
        if (withPseudonym) {
            headers.add(texts.getString("claim.claimant"));
        }
        LocalDate today = LocalDate.now(clock);
        Iterable<List<?>> rows = () -> new Batches(filter, caller, today, summary -> {
            List<Object> row = new ArrayList<>(List.of(
                    summary.reference(),
                    summary.receivedOn(),
                    texts.getString("type." + summary.claimType()),
                    summary.mission(),
                    summary.allegationReference() == null ? "" : summary.allegationReference(),
                    texts.getString("category." + summary.personnelCategory()),
                    summary.memberState() == null ? "" : summary.memberState(),
                    texts.getString("status." + summary.status()),
                    texts.getString("turn." + summary.whoseTurn()),
                    summary.nextStep() == null ? "" : texts.getString("step." + summary.nextStep()),
                    summary.nextStepDueOn() == null ? "" : summary.nextStepDueOn(),
                    texts.getString(summary.overdue() ? "yes" : "no"),
                    summary.daysPending(),
                    summary.daysWithMemberState()));
            if (withPseudonym) {
                row.add(summary.claimantPseudonym());
            }
            return row;
        });
        TableExport.write(
                format,
                texts.getString(caller.isFocalPoint() ? "portal.heading" : "register.heading"),
                headers,
                rows,
                out);
    }

    /** The filtered register as rows, one batch of claims in memory at a time. */
    private final class Batches implements Iterator<List<?>> {

        private final ClaimFilter filter;
        private final Caller caller;
        private final LocalDate today;
        private final Function<ClaimSummary, List<?>> toRow;
        private List<Claim> batch = List.of();
        private int next;
        private long lastId;
        private boolean exhausted;

        Batches(ClaimFilter filter, Caller caller, LocalDate today, Function<ClaimSummary, List<?>> toRow) {
            this.filter = filter;
            this.caller = caller;
            this.today = today;
            this.toRow = toRow;
        }

        @Override
        public boolean hasNext() {
            if (next < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            claims.forgetRead();
            batch = claims.batchAfter(filter, ClaimAccess.scope(caller), lastId, BATCH);
            next = 0;
            exhausted = batch.size() < BATCH;
            return !batch.isEmpty();
        }

        @Override
        public List<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Claim claim = batch.get(next++);
            lastId = claim.id();
            return toRow.apply(ClaimSummary.of(claim, standards, today));
        }
    }
}
