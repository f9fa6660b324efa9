package un.vra.claims.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.Route;

/**
 * The import's third stage: the fields of a row against each other, as a legacy register states a claim (a status
 * and the dates of its milestones). A null value means blank or failed, and neither can contradict another field.
 * What the claim's own rules judge (its dates leading to its status, its children's years) is left to the
 * aggregate when the claim is built, so that each of those rules is written once.
 */
final class LegacyRowRules {

    private static final List<LegacyColumn> TIMELINE = List.of(
            LegacyColumn.RECEIVED_ON,
            LegacyColumn.NOTIFIED_ON,
            LegacyColumn.ACKNOWLEDGED_ON,
            LegacyColumn.PATERNITY_DETERMINED_ON,
            LegacyColumn.SUPPORT_ARRANGED_ON,
            LegacyColumn.CLOSED_ON);

    private final LegacyRow r;
    private final RowFindings findings;

    private LegacyRowRules(LegacyRow row, RowFindings findings) {
        this.r = row;
        this.findings = findings;
    }

    static void check(LegacyRow row, RowFindings findings) {
        LegacyRowRules rules = new LegacyRowRules(row, findings);
        rules.timeline();
        rules.status();
        rules.notification();
        rules.paternity();
        rules.support();
        rules.closure();
    }

    /** Each date is compared with the nearest earlier date given, and the later one is reported. */
    private void timeline() {
        List<LocalDate> dates = Arrays.asList(
                r.receivedOn(),
                r.notifiedOn(),
                r.acknowledgedOn(),
                r.paternityDeterminedOn(),
                r.supportArrangedOn(),
                r.closedOn());
        int previous = -1;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null) {
                if (previous >= 0 && dates.get(i).isBefore(dates.get(previous))) {
                    findings.inconsistent(
                            TIMELINE.get(i),
                            "expected a date no earlier than "
                                    + TIMELINE.get(previous).csvName() + " (" + dates.get(previous) + "), but found "
                                    + dates.get(i));
                }
                previous = i;
            }
        }
    }

    private void status() {
        if (r.status() == ClaimStatus.ON_HOLD) {
            findings.inconsistent(
                    LegacyColumn.STATUS,
                    "ON_HOLD cannot be imported, because the import cannot know "
                            + "which status the claim should resume in; expected the status the claim had before it was held");
        }
        if (r.status() == ClaimStatus.OUTCOME_REPORTED) {
            findings.inconsistent(
                    LegacyColumn.STATUS,
                    "OUTCOME_REPORTED cannot be imported, because the legacy "
                            + "register holds no report waiting for confirmation; expected the status before the report or "
                            + "the confirmed outcome");
        }
        if (isMemberStateStep(r.status())
                && r.personnelCategory() != null
                && r.personnelCategory().route() != Route.MEMBER_STATE) {
            findings.inconsistent(
                    LegacyColumn.STATUS,
                    "expected a status of the UN route, since personnel category " + r.personnelCategory()
                            + " is not the Member State's to deal with, but found " + r.status());
        }
    }

    private void notification() {
        if (r.status() == ClaimStatus.ACKNOWLEDGED
                && findings.blank(LegacyColumn.ACKNOWLEDGED_ON, r.acknowledgedOn())) {
            findings.inconsistent(LegacyColumn.ACKNOWLEDGED_ON, "a date is required when status is ACKNOWLEDGED");
        }
        if (findings.blank(LegacyColumn.NOTIFIED_ON, r.notifiedOn())) {
            if (isMemberStateStep(r.status())) {
                findings.inconsistent(LegacyColumn.NOTIFIED_ON, "a date is required when status is " + r.status());
            } else if (r.acknowledgedOn() != null) {
                findings.inconsistent(
                        LegacyColumn.NOTIFIED_ON,
                        "a date is required when acknowledged_on is given, "
                                + "since a Member State can acknowledge only a notification");
            }
        }
    }

    private static boolean isMemberStateStep(ClaimStatus status) {
        return status == ClaimStatus.NOTIFIED || status == ClaimStatus.ACKNOWLEDGED;
    }

    private void paternity() {
        PaternityOutcome outcome = r.paternityOutcome();
        if (outcome == null) {
            return;
        }
        if (outcome != PaternityOutcome.UNDETERMINED
                && findings.blank(LegacyColumn.PATERNITY_DETERMINED_ON, r.paternityDeterminedOn())) {
            findings.inconsistent(
                    LegacyColumn.PATERNITY_DETERMINED_ON, "a date is required when paternity_outcome is " + outcome);
        }
        if (outcome == PaternityOutcome.UNDETERMINED && r.paternityDeterminedOn() != null) {
            findings.inconsistent(
                    LegacyColumn.PATERNITY_DETERMINED_ON,
                    "expected no date while paternity_outcome is " + "UNDETERMINED");
        }
        Set<PaternityOutcome> expected = outcomesFor(r.status());
        if (!expected.contains(outcome)) {
            findings.inconsistent(
                    LegacyColumn.PATERNITY_OUTCOME,
                    "expected " + expected.stream().map(Enum::name).collect(Collectors.joining(" or "))
                            + " when status is " + r.status() + ", but found " + outcome);
        }
    }

    /** INCONCLUSIVE is allowed before a result because a retest starts the steps over. */
    private static Set<PaternityOutcome> outcomesFor(ClaimStatus status) {
        if (status == null) {
            return EnumSet.allOf(PaternityOutcome.class);
        }
        return switch (status) {
            case RECEIVED, NOTIFIED, ACKNOWLEDGED, DNA_TESTING ->
                EnumSet.of(PaternityOutcome.UNDETERMINED, PaternityOutcome.INCONCLUSIVE);
            case INCONCLUSIVE -> EnumSet.of(PaternityOutcome.INCONCLUSIVE);
            case PATERNITY_EXCLUDED -> EnumSet.of(PaternityOutcome.EXCLUDED);
            case PATERNITY_ESTABLISHED, SUPPORT_ARRANGED -> EnumSet.of(PaternityOutcome.ESTABLISHED);
            case ON_HOLD, CLOSED, OUTCOME_REPORTED -> EnumSet.allOf(PaternityOutcome.class);
        };
    }

    private void support() {
        if (r.status() == ClaimStatus.SUPPORT_ARRANGED
                && findings.blank(LegacyColumn.SUPPORT_ARRANGED_ON, r.supportArrangedOn())) {
            findings.inconsistent(
                    LegacyColumn.SUPPORT_ARRANGED_ON, "a date is required when status is " + "SUPPORT_ARRANGED");
        }
        if (r.supportArrangedOn() != null
                && r.paternityOutcome() != null
                && r.paternityOutcome() != PaternityOutcome.ESTABLISHED) {
            findings.inconsistent(
                    LegacyColumn.SUPPORT_ARRANGED_ON,
                    "expected no date unless paternity_outcome is "
                            + "ESTABLISHED, since support follows established paternity, but paternity_outcome is "
                            + r.paternityOutcome());
        }
    }

    /** Status CLOSED, a closure reason and a closing date go together; each one out of step is reported. */
    private void closure() {
        if (r.status() != null) {
            closedAlike(LegacyColumn.CLOSURE_REASON, r.closureReason());
            closedAlike(LegacyColumn.CLOSED_ON, r.closedOn());
        }
        if (r.closureReason() == ClosureReason.RESOLVED) {
            resolved();
        }
        if (r.closureReason() == ClosureReason.PATERNITY_EXCLUDED
                && r.paternityOutcome() != null
                && r.paternityOutcome() != PaternityOutcome.EXCLUDED) {
            findings.inconsistent(
                    LegacyColumn.CLOSURE_REASON,
                    "PATERNITY_EXCLUDED expects paternity_outcome " + "EXCLUDED, but found " + r.paternityOutcome());
        }
    }

    private void closedAlike(LegacyColumn column, Object value) {
        if (r.status() == ClaimStatus.CLOSED && findings.blank(column, value)) {
            findings.inconsistent(column, "a value is required when status is CLOSED");
        }
        if (r.status() != ClaimStatus.CLOSED && value != null) {
            findings.inconsistent(column, "expected no value unless status is CLOSED, but status is " + r.status());
        }
    }

    /** A paternity-only claim is resolved by establishing paternity; the others also need support arranged. */
    private void resolved() {
        if (r.paternityOutcome() != null && r.paternityOutcome() != PaternityOutcome.ESTABLISHED) {
            findings.inconsistent(
                    LegacyColumn.CLOSURE_REASON,
                    "RESOLVED expects paternity_outcome ESTABLISHED, but " + "found " + r.paternityOutcome());
        }
        if (r.claimType() != null
                && r.claimType().needsSupport()
                && findings.blank(LegacyColumn.SUPPORT_ARRANGED_ON, r.supportArrangedOn())) {
            findings.inconsistent(
                    LegacyColumn.CLOSURE_REASON,
                    "RESOLVED expects support_arranged_on for a claim of " + "type " + r.claimType()
                            + ", since only a PATERNITY claim is resolved without support");
        }
    }
}
