package un.vra.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.DnaConclusion;
import un.vra.claims.claim.DnaSubject;
import un.vra.claims.claim.IdentityDocument;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.SupportArrangement;

/**
 * A few dozen invented claims over several States, missions and stages of the lifecycle, walked through the
 * same domain methods as real ones, each step recorded on its own (past) day. Seeded, so every fresh demo
 * register looks the same.
 */
@ApplicationScoped
public class DemoClaims {

    private static final Logger LOG = Logger.getLogger(DemoClaims.class.getName());
    private static final int COUNT = 40;
    private static final List<String> STATES =
            List.of("NPL", "ZAF", "NPL", "ZAF", "BGD", "PAK", "RWA", "URY", "TZA", "MAR", "SEN", "GHA");
    private static final List<String> MISSIONS =
            List.of("MONUSCO", "MINUSTAH", "MINUSCA", "UNMISS", "UNMIL", "MINUSMA", "UNIFIL", "MONUC");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClaimRepository claims;

    @Inject
    private Clock clock;

    public void loadIfRegisterEmpty() {
        Long existing =
                em.createQuery("select count(c) from Claim c", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < COUNT; i++) {
            PersonnelCategory category =
                    i % 7 == 6 ? PersonnelCategory.CIVILIAN : PersonnelCategory.values()[random.nextInt(4)];
            LocalDate received = today.minusDays(60 + random.nextInt(365 * 13));
            NewClaim details = new NewClaim(
                    received,
                    ClaimType.values()[random.nextInt(3)],
                    MISSIONS.get(random.nextInt(MISSIONS.size())),
                    "SEA-" + received.getYear() + "-" + (100 + i),
                    category,
                    STATES.get(i % STATES.size()));
            Steps steps = new Steps(received, today, random);
            Claim claim = new Claim(claims.nextReference(received.getYear()), details, steps.at(received));
            walk(claim, i % 10, steps);
            claims.add(claim);
        }
        LOG.info(() -> "Loaded " + COUNT + " demo claims");
    }

    private static void walk(Claim claim, int stage, Steps steps) {
        if (stage == 0) {
            return;
        }
        if (claim.allowedActions().contains(ClaimAction.NOTIFY_MEMBER_STATE)) {
            claim.act(
                    new ClaimCommand.NotifyMemberState(
                            "NV/OVRA/" + claim.reference().value(), null, null),
                    steps.next());
            if (stage == 1) {
                return;
            }
            claim.act(new ClaimCommand.Acknowledge(null, "Focal point designated"), steps.next());
            if (stage == 2) {
                return;
            }
        }
        if (stage == 3) {
            claim.act(new ClaimCommand.PutOnHold("The claimant asked for a pause"), steps.next());
            return;
        }
        String kit = "KIT-" + claim.reference().value().substring(3);
        claim.act(new ClaimCommand.StartDnaTest(kit, "Accredited laboratory"), steps.next());
        if (stage == 4) {
            return;
        }
        claim.act(
                new ClaimCommand.RecordSampleCollection(
                        kit,
                        DnaSubject.CHILD,
                        null,
                        "Field nurse",
                        "Clinic",
                        IdentityDocument.BIRTH_CERTIFICATE,
                        kit + "-C"),
                steps.next());
        claim.act(
                new ClaimCommand.RecordSampleCollection(
                        kit,
                        DnaSubject.ALLEGED_FATHER,
                        null,
                        "Contingent doctor",
                        "Home barracks",
                        IdentityDocument.MILITARY_OR_POLICE_ID,
                        kit + "-F"),
                steps.next());
        claim.act(new ClaimCommand.RecordLabReceipt(kit, "Accredited laboratory", null, true), steps.next());
        DnaConclusion conclusion = stage == 5
                ? DnaConclusion.EXCLUSION
                : stage == 6 ? DnaConclusion.INCONCLUSIVE : DnaConclusion.INCLUSION;
        claim.act(
                new ClaimCommand.RecordDnaResult(
                        kit,
                        "Accredited laboratory",
                        null,
                        conclusion,
                        conclusion == DnaConclusion.INCLUSION ? new BigDecimal("99.98") : null),
                steps.next());
        if (stage == 5) {
            claim.act(new ClaimCommand.Close(ClosureReason.PATERNITY_EXCLUDED, null), steps.next());
            return;
        }
        if (stage <= 7) {
            return;
        }
        claim.act(
                new ClaimCommand.ArrangeSupport(
                        SupportArrangement.Kind.AGREEMENT,
                        new BigDecimal("150.00"),
                        "USD",
                        SupportArrangement.Frequency.MONTHLY,
                        steps.peek(),
                        null,
                        null,
                        null),
                steps.next());
        if (stage == 9) {
            claim.act(new ClaimCommand.Close(ClosureReason.RESOLVED, "Support paid regularly"), steps.next());
        }
    }

    /** The days on which a demo claim's steps happen: forward from its receipt, never after today. */
    private static final class Steps {

        private final LocalDate today;
        private final Random random;
        private LocalDate day;

        Steps(LocalDate start, LocalDate today, Random random) {
            this.day = start;
            this.today = today;
            this.random = random;
        }

        LocalDate peek() {
            return day;
        }

        Recording next() {
            LocalDate candidate = day.plusDays(10 + random.nextInt(200));
            day = candidate.isAfter(today) ? today : candidate;
            return at(day);
        }

        Recording at(LocalDate date) {
            Clock onThatDay = Clock.fixed(date.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            return new Recording(Actor.of("vra.officer", "VRA_OFFICER"), onThatDay);
        }
    }
}
