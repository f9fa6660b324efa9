package un.vra.claims.claim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.RequestKeyRepository;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.encryption.PersonalDataKeys;
import un.vra.claims.reference.Mission;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.RateLimitedException;
import un.vra.claims.shared.SlidingWindowLimit;

/**
 * Registering, reading and acting on claims. The scope of every read comes from the signed-in caller: a focal
 * point reaches only its own State's claims on the Member State route, and any other claim is simply not
 * found. Each action is one transaction: load, check the version the caller saw, let the claim act, store.
 */
@Stateless
public class ClaimService {

    @Inject
    private ClaimRepository claims;

    @Inject
    private ClaimAccess access;

    @Inject
    private RequestKeyRepository requestKeys;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private TimeStandards standards;

    @Inject
    private DuplicateCheckLimit duplicateChecks;

    @Inject
    private ClaimantConsents consents;

    @Inject
    private Event<MemberStateNotified> notified;

    @Inject
    private Event<WithheldOnClaim> withheld;

    @Inject
    private WithheldBook withheldBook;

    /** Registers a claim and answers with it as stored: that answer carries personal data, and is recorded. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public ClaimDetails register(NewClaim details) {
        return register(details, null).claim();
    }

    /** A registration's answer: the claim, and whether it was registered by an earlier request under the same key. */
    public record Registration(ClaimDetails claim, boolean replayed) {}

    /**
     * Registers a claim once per Idempotency-Key of the caller: the same request sent again (after a lost answer, a
     * timeout or a failure whose commit the client cannot know) answers with the claim the first one registered,
     * as it stands now; another request under a key already used is refused. Without a key, as {@link #register}.
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Registration register(NewClaim details, String idempotencyKey) {
        Caller caller = currentCaller.get();
        if (idempotencyKey == null) {
            return new Registration(read(registered(details, caller), caller, "registered claim"), false);
        }
        String request = details.toString();
        Optional<Claim> sentAgain = sentAgain(caller, idempotencyKey, request);
        if (sentAgain.isPresent()) {
            return new Registration(read(sentAgain.get(), caller, "registered claim, sent again"), true);
        }
        Claim claim = registered(details, caller);
        requestKeys.record(
                caller.username(), idempotencyKey, PersonalDataKeys.ring().index(request), claim.id(), clock.instant());
        return new Registration(read(claim, caller, "registered claim"), false);
    }

    /**
     * The claim the caller's earlier request under this key wrote, when this request is that one sent again;
     * refused when the key served another request.
     */
    private Optional<Claim> sentAgain(Caller caller, String idempotencyKey, String request) {
        return requestKeys.used(caller.username(), idempotencyKey).map(used -> {
            if (!PersonalDataKeys.ring().indexes(request).contains(used.requestIndex())) {
                throw new DomainException(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "the Idempotency-Key was used for another request: use a new key for each new request");
            }
            return claims.byId(used.claimId())
                    .orElseThrow(() -> new IllegalStateException("an idempotency key without its claim"));
        });
    }

    /** Registers a claim and answers with its reference only, for a page that opens the claim file next. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public String registerWithoutReadingBack(NewClaim details) {
        return registered(details, currentCaller.get()).reference().value();
    }

    private Claim registered(NewClaim details, Caller caller) {
        requireKnown(details);
        Claim claim = new Claim(
                claims.nextReference(details.receivedOn().getYear()), details, access.recording(caller, null));
        claims.add(claim);
        return claim;
    }

    /**
     * Claims that are probably the one about to be registered, to warn before a second file is opened. The
     * check tells whether someone is already a claimant, so every check is recorded with what it returned, and
     * an account may run only so many a minute ({@link DuplicateCheckLimit}).
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public List<String> probableDuplicates(NewClaim details) {
        Caller caller = currentCaller.get();
        SlidingWindowLimit.Verdict verdict = duplicateChecks.attempt(caller.username());
        if (!verdict.allowed()) {
            if (verdict.firstRefusal()) {
                audit.securityEvent(caller.username(), SecurityEvent.Kind.RATE_LIMITED, "duplicate check");
            }
            throw new RateLimitedException(
                    "too many duplicate checks: wait " + verdict.retryAfterSeconds() + " s before the next one",
                    verdict.retryAfterSeconds());
        }
        List<String> found = claims.probableDuplicates(details, 10);
        audit.duplicateCheck(caller, found);
        return found;
    }

    /**
     * A claim's file as the caller's side sees it, the read recorded in the access log; {@code asMemberState} lets the UN see exactly what the claim's
     * State sees (a focal point always does).
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public Optional<ClaimDetails> find(String reference, boolean asMemberState) {
        Caller caller = currentCaller.get();
        Side side = Side.of(caller, asMemberState);
        return access.find(reference, caller).map(found -> read(found, caller, side, "claim file"));
    }

    /** A claim's file with its timeline, read once and recorded once, for the claim file page. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public Optional<ClaimFile> file(String reference, boolean asMemberState) {
        return withTimeline(reference, asMemberState, "claim file and timeline");
    }

    /** A claim's file with its timeline for its PDF: a copy that leaves the application, recorded as such. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public Optional<ClaimFile> fileForPdf(String reference, boolean asMemberState) {
        return withTimeline(reference, asMemberState, "claim file PDF");
    }

    private Optional<ClaimFile> withTimeline(String reference, boolean asMemberState, String what) {
        Caller caller = currentCaller.get();
        Side side = Side.of(caller, asMemberState);
        return access.find(reference, caller)
                .map(found -> new ClaimFile(read(found, caller, side, what), timeline(found, side)));
    }

    /** The claim as the side may see it, that read recorded under its stored reference with what it showed. */
    private ClaimDetails read(Claim claim, Caller caller, Side side, String what) {
        audit.personalDataRead(
                caller,
                claim.reference().value(),
                what
                        + Side.previewNote(caller, side)
                        + (side == Side.MEMBER_STATE
                                ? " (pseudonyms, alleged father's details)"
                                : " (claimant's identity, children's names, alleged father's details)"));
        return ClaimDetails.of(
                claim,
                caller,
                side,
                standards,
                LocalDate.now(clock),
                referenceData
                        .mission(claim.mission().value())
                        .map(Mission::hostCountryCode)
                        .orElse(null),
                side == Side.UN && claim.id() != null ? withheldBook.ofClaim(claim.id()) : List.of());
    }

    private ClaimDetails read(Claim claim, Caller caller, String what) {
        return read(claim, caller, Side.of(caller, false), what);
    }

    /**
     * The events the side may read, the filter applied by the database: for the State, the shared ones, and the
     * UN's documents only while the claimant's consent to share them stands.
     */
    private List<TimelineEntry> timeline(Claim claim, Side side) {
        boolean state = side == Side.MEMBER_STATE;
        boolean unDocuments = !state || consents.documentsShared(claim.id());
        return claims.timeline(claim, state, unDocuments).stream()
                .map(event -> TimelineEntry.of(event, side))
                .toList();
    }

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public List<TimelineEntry> timeline(String reference, boolean asMemberState) {
        Caller caller = currentCaller.get();
        Claim claim = access.get(reference, caller);
        Side side = Side.of(caller, asMemberState);
        audit.personalDataRead(caller, claim.reference().value(), "timeline" + Side.previewNote(caller, side));
        return timeline(claim, side);
    }

    /**
     * Takes one action on a claim, provided nobody changed it since the caller saw {@code expectedVersion}, and
     * answers with the claim as it now stands: that answer carries personal data, and is recorded.
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public ClaimDetails act(String reference, long expectedVersion, ClaimCommand command, String onBehalfOf) {
        return act(reference, expectedVersion, command, onBehalfOf, null).claim();
    }

    /** An action's answer: the claim, and whether the action was recorded by an earlier request under the same key. */
    public record Acted(ClaimDetails claim, boolean replayed) {}

    /**
     * Takes one action once per Idempotency-Key of the caller: the same request sent again (same claim, version,
     * action and body), after a lost answer, answers with the claim as it now stands instead of 412, and records
     * nothing more; another request under a key already used is refused. Without a key, as {@link #act}.
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public Acted act(
            String reference, long expectedVersion, ClaimCommand command, String onBehalfOf, String idempotencyKey) {
        Caller caller = currentCaller.get();
        String what = "claim after " + command.action();
        if (idempotencyKey == null) {
            return new Acted(read(acted(reference, expectedVersion, command, onBehalfOf, caller), caller, what), false);
        }
        String request = String.join(
                "\n", reference, Long.toString(expectedVersion), command.toString(), String.valueOf(onBehalfOf));
        Optional<Claim> sentAgain = sentAgain(caller, idempotencyKey, request);
        if (sentAgain.isPresent()) {
            Claim claim = access.get(reference, caller);
            return new Acted(read(claim, caller, what + ", sent again"), true);
        }
        Claim claim = acted(reference, expectedVersion, command, onBehalfOf, caller);
        requestKeys.record(
                caller.username(), idempotencyKey, PersonalDataKeys.ring().index(request), claim.id(), clock.instant());
        return new Acted(read(claim, caller, what), false);
    }

    /** Takes one action like {@link #act}, answering nothing, for a page that shows the claim file afresh next. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public void actWithoutReadingBack(String reference, long expectedVersion, ClaimCommand command, String onBehalfOf) {
        acted(reference, expectedVersion, command, onBehalfOf, currentCaller.get());
    }

    private Claim acted(
            String reference, long expectedVersion, ClaimCommand command, String onBehalfOf, Caller caller) {
        Claim claim = access.forAction(reference, caller, command.action(), expectedVersion);
        if (command.action() == ClaimAction.NOTIFY_MEMBER_STATE) {
            consents.requireNotificationConsent(claim.id());
        }
        Recording recording = access.recording(caller, onBehalfOf);
        claim.act(command, recording);
        access.store(reference, expectedVersion);
        if (command.action() == ClaimAction.NOTIFY_MEMBER_STATE) {
            notified.fire(new MemberStateNotified(claim, claim.nextStepSince(), recording));
        }
        WithheldOnClaim.of(claim, command, recording).ifPresent(withheld::fire);
        return claim;
    }

    /**
     * Corrects a child's year of birth, and its date where known (null: the year alone), provided nobody changed the
     * claim since the caller saw {@code expectedVersion}; the VRA's alone. The majority flag, alert and closure
     * follow the corrected date. A focal point reaches the claim like any other action's caller (another State's is
     * not found) and is then refused. Answers with the claim as it now stands, a read that is recorded.
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public ClaimDetails correctChildBirth(
            String reference, long expectedVersion, int position, int birthYear, LocalDate birthDate) {
        Caller caller = currentCaller.get();
        Claim claim = access.forCorrection(reference, caller, expectedVersion);
        Recording recording = access.recording(caller, null);
        access.store(
                reference,
                expectedVersion,
                () -> claims.correctChildBirth(claim, expectedVersion, position, birthYear, birthDate, recording));
        return read(access.get(reference, caller), caller, "claim after " + ClaimAction.CORRECT_CHILD_BIRTH);
    }

    private void requireKnown(NewClaim details) {
        if (referenceData.mission(details.mission()).isEmpty()) {
            throw new InvalidInputException("mission", "unknown mission: " + details.mission());
        }
        if (details.memberState() != null
                && referenceData.memberState(details.memberState()).isEmpty()) {
            throw new InvalidInputException("memberState", "unknown Member State: " + details.memberState());
        }
        if (details.allegedFather() != null
                && details.allegedFather().nationality() != null
                && referenceData
                        .memberState(details.allegedFather().nationality())
                        .isEmpty()) {
            throw new InvalidInputException(
                    "allegedFather.nationality",
                    "unknown Member State: " + details.allegedFather().nationality());
        }
    }
}
