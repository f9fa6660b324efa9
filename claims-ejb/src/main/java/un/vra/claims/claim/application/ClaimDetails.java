package un.vra.claims.claim.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import un.vra.claims.account.Caller;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.AllegedFather;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimClocks;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.DnaTest;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.Sex;
import un.vra.claims.claim.SupportAccount;
import un.vra.claims.claim.SupportArrangement;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.WhoseTurn;

/**
 * A claim as one side may see it. Names, contact details and the claimant's wishes reach the UN only; the
 * Member State sees pseudonyms, the alleged father's details because he is its national, the payments of
 * support but not the UN's interim assistance or withheld reimbursements. {@code allowedActions} are those the
 * claim's state and the reader's role both allow (none in the UN's preview of the State's view).
 * {@code reportedOutcome} is an outcome the State reported that waits for the VRA's confirmation.
 * {@code hostCountry} is the code of the country hosting the claim's mission, derived from the mission.
 * {@code withheld} is what the State's book of withheld reimbursements holds for the claim, per currency (the UN's
 * only: null for the State).
 */
public record ClaimDetails(
        String reference,
        LocalDate receivedOn,
        ClaimType claimType,
        String mission,
        String allegationReference,
        PersonnelCategory personnelCategory,
        Route route,
        String memberState,
        ClaimStatus status,
        PaternityOutcome paternityOutcome,
        ClosureReason closureReason,
        PaternityOutcome reportedOutcome,
        WhoseTurn whoseTurn,
        NextStep nextStep,
        LocalDate nextStepDueOn,
        boolean overdue,
        long daysPending,
        long daysWithMemberState,
        long daysWithUn,
        long daysOnHold,
        ClaimantView claimant,
        List<ChildView> children,
        FatherView allegedFather,
        WishesView wishes,
        DnaView dna,
        SupportView support,
        List<MoneyView> money,
        Set<ClaimAction> allowedActions,
        Instant updatedAt,
        long version,
        String hostCountry,
        List<WithheldFigures> withheld)
        implements Serializable {

    /** The claimant: a pseudonym for everyone, name and contact for VRA roles only. */
    public record ClaimantView(String pseudonym, String name, String contact) implements Serializable {}

    /**
     * A child: pseudonym, year of birth, sex, the month it comes of age ({@code 2028-07}) and its position on the
     * claim (from 1, what a correction of its birth names) for everyone; the name and the full date of birth,
     * personal data, for VRA roles only.
     */
    public record ChildView(
            String pseudonym,
            String name,
            int birthYear,
            Sex sex,
            LocalDate birthDate,
            String majorityMonth,
            int position)
            implements Serializable {}

    /** How to find the alleged father. */
    public record FatherView(
            String name,
            String nationality,
            String serviceNumber,
            String unit,
            LocalDate rotationFrom,
            LocalDate rotationTo)
            implements Serializable {}

    /** The claimant's wishes: the UN's alone, absent from the State's view. */
    public record WishesView(boolean noFatherContact, String notes) implements Serializable {}

    /** The current DNA kit and its chain of custody so far. */
    public record DnaView(
            String kitId,
            String laboratory,
            String childSeal,
            String motherSeal,
            String fatherSeal,
            LocalDate labReceivedOn,
            Boolean sealsIntact,
            List<TimelineEntry> custody)
            implements Serializable {}

    /** The steps of the chain of custody that a kit's events record, from its start to its result. */
    private static final Set<ClaimAction> CUSTODY = EnumSet.of(
            ClaimAction.START_DNA_TEST,
            ClaimAction.RECORD_SAMPLE_COLLECTION,
            ClaimAction.RECORD_CUSTODY_TRANSFER,
            ClaimAction.RECORD_LAB_RECEIPT,
            ClaimAction.RECORD_DNA_RESULT);

    /** The support arrangement and what was paid, withheld and released, in its currency. */
    public record SupportView(
            SupportArrangement.Kind kind,
            BigDecimal amount,
            String currency,
            SupportArrangement.Frequency frequency,
            LocalDate startsOn,
            BigDecimal paid,
            BigDecimal due,
            BigDecimal arrears,
            BigDecimal withheldBalance)
            implements Serializable {}

    /** What was paid, advanced, withheld or released on the claim in all, by kind and currency. */
    public record MoneyView(ClaimAction action, BigDecimal total, String currency) implements Serializable {}

    /** The UN as the author of a sum, to ask whether a kind of sum is shared with the State. */
    private static final Actor UN = Actor.of("un", "VRA_OFFICER");

    static ClaimDetails of(
            Claim claim,
            Caller caller,
            Side side,
            TimeStandards standards,
            LocalDate today,
            String hostCountry,
            List<WithheldFigures> withheld) {
        boolean vra = side == Side.UN;
        ClaimClocks clocks = claim.clocks(today);
        NextStep step = claim.nextStep().orElse(null);
        return new ClaimDetails(
                claim.reference().value(),
                claim.receivedOn(),
                claim.claimType(),
                claim.mission().value(),
                claim.allegationReference(),
                claim.personnelCategory(),
                claim.route(),
                claim.memberState().map(MemberStateCode::value).orElse(null),
                claim.status(),
                claim.paternityOutcome(),
                claim.closureReason(),
                claim.reportedOutcome().orElse(null),
                claim.whoseTurn(),
                step,
                standards.dueOn(step, claim.nextStepSince()).orElse(null),
                standards.overdue(step, claim.nextStepSince(), today),
                clocks.daysPending(),
                clocks.daysWithMemberState(),
                clocks.daysWithUn(),
                clocks.daysOnHold(),
                new ClaimantView(
                        claim.claimant().pseudonym(),
                        vra ? claim.claimant().name() : null,
                        vra ? claim.claimant().contact() : null),
                claim.children().stream()
                        .map(child -> new ChildView(
                                child.pseudonym(),
                                vra ? child.name() : null,
                                child.birthYear(),
                                child.sex(),
                                vra ? child.birthDate().orElse(null) : null,
                                YearMonth.from(child.majorityMonth()).toString(),
                                child.position()))
                        .toList(),
                claim.allegedFather().map(ClaimDetails::father).orElse(null),
                vra
                        ? new WishesView(
                                claim.wishes().noFatherContact(), claim.wishes().notes())
                        : null,
                claim.dnaTest().map(test -> dna(test, claim, side)).orElse(null),
                claim.supportArrangement()
                        .map(terms -> support(claim, terms, today, vra ? withheld : null))
                        .orElse(null),
                claim.ledger().totals().stream()
                        .filter(sum -> vra || Audience.byDefault(sum.action(), UN) == Audience.SHARED)
                        .map(sum -> new MoneyView(
                                sum.action(), sum.total().amount(), sum.total().currency()))
                        .toList(),
                vra || caller.isFocalPoint() ? ActionPolicy.filter(caller.role(), claim.allowedActions()) : Set.of(),
                claim.updatedAt(),
                claim.version(),
                hostCountry,
                vra ? withheld : null);
    }

    private static FatherView father(AllegedFather father) {
        return new FatherView(
                father.name(),
                father.nationality(),
                father.serviceNumber(),
                father.unit(),
                father.rotationFrom(),
                father.rotationTo());
    }

    /** The current kit, with every sample, hand-over, receipt and result recorded for it the side may see. */
    private static DnaView dna(DnaTest test, Claim claim, Side side) {
        List<TimelineEntry> custody = claim.events().stream()
                .filter(event -> CUSTODY.contains(event.action()))
                .filter(event -> side.sees(event.audience()))
                .map(event -> TimelineEntry.of(event, side))
                .filter(entry -> test.kitId().equals(entry.details().get("kitId")))
                .toList();
        return new DnaView(
                test.kitId(),
                test.laboratory(),
                test.childSeal(),
                test.motherSeal(),
                test.fatherSeal(),
                test.labReceivedOn(),
                test.sealsIntact(),
                custody);
    }

    /**
     * Support due runs until each arrangement ends, after a resolution too; the first arrangement's currency is the
     * one shown here, never added to another. What is withheld from the State is the UN's to know (null for the
     * State): the balance the State's book still holds for the claim in that currency.
     */
    private static SupportView support(
            Claim claim, SupportArrangement terms, LocalDate today, List<WithheldFigures> withheld) {
        String currency = terms.amount().currency();
        List<SupportAccount.Figures> figures = claim.support().figures(today).stream()
                .filter(each -> each.currency().equals(currency))
                .toList();
        return new SupportView(
                terms.kind(),
                terms.amount().amount(),
                currency,
                terms.frequency(),
                terms.startsOn(),
                sum(figures, SupportAccount.Figures::paid),
                sum(figures, SupportAccount.Figures::due),
                sum(figures, SupportAccount.Figures::arrears),
                withheld == null
                        ? null
                        : withheld.stream()
                                .filter(line -> line.currency().equals(currency))
                                .map(WithheldFigures::balance)
                                .findFirst()
                                .orElse(BigDecimal.ZERO));
    }

    private static BigDecimal sum(
            List<SupportAccount.Figures> figures, Function<SupportAccount.Figures, BigDecimal> part) {
        return figures.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
