package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every row of the lifecycle table is whole and agrees with what the product promised before the table existed:
 * the parties of each action are those of the HTTP authorization matrix the integration tests drive, and the next
 * step of each state is the one the claims have always shown.
 */
class LifecycleRowsTest {

    /** The events that are no action of their own, and so have no row. */
    private static final Set<ClaimAction> NO_ROW = EnumSet.of(
            ClaimAction.REGISTER,
            ClaimAction.OVERRIDE_NO_CONTACT_WISH,
            ClaimAction.REMINDER_SENT,
            ClaimAction.NOTE_VERBALE_SENT,
            ClaimAction.MAJORITY_ALERT,
            ClaimAction.CORRECT_CHILD_BIRTH);

    private static final Path MATRIX =
            Path.of(System.getProperty("basedir", ".")).resolve("../ear/src/test/resources/authorization-matrix.psv");

    @Test
    void everyActionOnAnExistingClaimHasOneWholeRow() {
        for (ClaimAction action : ClaimAction.values()) {
            if (NO_ROW.contains(action)) {
                assertTrue(Lifecycle.row(action).isEmpty(), action + " is no action of its own");
                continue;
            }
            LifecycleRow<?> row = Lifecycle.row(action).orElseThrow(() -> new AssertionError(action + " has no row"));
            assertEquals(action, row.action());
            assertTrue(row.input().isRecord(), action + "'s input is a record");
            assertFalse(row.takenBy().isEmpty(), action + " is taken by someone");
            assertFalse(
                    row.allowedFrom(Route.UN).isEmpty()
                            && row.allowedFrom(Route.MEMBER_STATE).isEmpty(),
                    action + " is allowed from some state");
        }
    }

    @Test
    void eachInputRecordBelongsToOneActionAndNamesThatAction() throws ReflectiveOperationException {
        Set<Class<?>> inputs = new HashSet<>();
        for (LifecycleRow<?> row : Lifecycle.rows()) {
            assertTrue(inputs.add(row.input()), row.input() + " is the input of one action only");
            assertEquals(row.action(), blank(row.input()).action());
        }
        assertEquals(Set.of(ClaimCommand.class.getPermittedSubclasses()), inputs, "every input record has a row");
    }

    /** Any instance of a record, its components left empty, to ask it which action it is for. */
    private static ClaimCommand blank(Class<? extends ClaimCommand> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == long.class ? 0L : null;
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    /**
     * The parties of the table are exactly the rights the authorization matrix expects over HTTP: an action a VRA
     * officer may take is the UN's, one a focal point may take on its own State's claim is the State's.
     */
    @Test
    void thePartiesOfEachActionAreThoseOfTheAuthorizationMatrix() throws IOException {
        Map<ClaimAction, Set<Party>> expected = new EnumMap<>(ClaimAction.class);
        List<String> header = null;
        for (String line : Files.readAllLines(MATRIX)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> fields =
                    List.of(line.split(" \\| ", -1)).stream().map(String::strip).toList();
            if (header == null) {
                header = fields;
                continue;
            }
            ClaimAction action = actionOf(fields.get(0), fields.get(1));
            if (action != null) {
                Set<Party> parties = EnumSet.noneOf(Party.class);
                if (fields.get(header.indexOf("VRA_OFFICER")).equals("ok")) {
                    parties.add(Party.UN);
                }
                if (fields.get(header.indexOf("FOCAL_OWN")).equals("ok")) {
                    parties.add(Party.MEMBER_STATE);
                }
                expected.put(action, parties);
            }
        }
        Map<ClaimAction, Set<Party>> derived = new EnumMap<>(ClaimAction.class);
        Lifecycle.rows().forEach(row -> derived.put(row.action(), row.takenBy()));
        assertEquals(expected, derived);
        assertEquals(
                EnumSet.of(
                        ClaimAction.ACKNOWLEDGE,
                        ClaimAction.START_DNA_TEST,
                        ClaimAction.RECORD_SAMPLE_COLLECTION,
                        ClaimAction.RECORD_CUSTODY_TRANSFER,
                        ClaimAction.RECORD_LAB_RECEIPT,
                        ClaimAction.RECORD_DNA_RESULT,
                        ClaimAction.RECORD_ADMISSION,
                        ClaimAction.ARRANGE_SUPPORT,
                        ClaimAction.RECORD_PAYMENT,
                        ClaimAction.REVISE_SUPPORT,
                        ClaimAction.TERMINATE_SUPPORT,
                        ClaimAction.ADD_COMMENT,
                        ClaimAction.ADD_DOCUMENT),
                EnumSet.copyOf(derived.entrySet().stream()
                        .filter(e -> e.getValue().contains(Party.MEMBER_STATE))
                        .map(Map.Entry::getKey)
                        .toList()),
                "a focal point's part, as before the table");
    }

    /** The action an endpoint of the matrix takes, if it takes one: an action's own, or a document's upload. */
    private static ClaimAction actionOf(String method, String path) {
        if (!method.equals("POST")) {
            return null;
        }
        if (path.endsWith("/{claim}/documents")) {
            return ClaimAction.ADD_DOCUMENT;
        }
        int at = path.indexOf("/actions/");
        return at < 0 ? null : ClaimAction.valueOf(path.substring(at + "/actions/".length()));
    }

    @Test
    void onlyTheDocumentsUploadTakesAnActionOutsideTheActionEndpoint() {
        List<ClaimAction> notCommands = new ArrayList<>();
        Lifecycle.rows().forEach(row -> {
            if (!row.takenAsCommand()) {
                notCommands.add(row.action());
            }
        });
        assertEquals(List.of(ClaimAction.ADD_DOCUMENT), notCommands);
        assertFalse(Lifecycle.takenAsCommand(ClaimAction.REGISTER));
    }

    /** The next step each state waits for, derived from the rows, is the mapping claims always had. */
    @Test
    void theNextStepOfEveryStateIsTheOneTheRowsAwait() {
        for (Route route : Route.values()) {
            for (ClaimType type : ClaimType.values()) {
                for (ClaimStatus status : ClaimStatus.values()) {
                    for (boolean samples : new boolean[] {false, true}) {
                        NextStep expected = before(status, route, type, samples);
                        assertEquals(
                                expected,
                                Lifecycle.awaited(claim(route, type, status, samples))
                                        .orElse(null),
                                status + " on " + route + " for " + type + (samples ? " with samples" : ""));
                    }
                }
            }
        }
    }

    /** Every next step, and so every clock, waits for some action that can end the wait. */
    @Test
    void everyNextStepIsAwaitedBySomeAction() {
        Set<NextStep> awaited = EnumSet.noneOf(NextStep.class);
        Lifecycle.rows().forEach(row -> awaited.addAll(row.awaitedAs()));
        assertEquals(EnumSet.allOf(NextStep.class), awaited);
        assertEquals(
                Set.of(NextStep.ACKNOWLEDGE),
                Lifecycle.row(ClaimAction.ACKNOWLEDGE).orElseThrow().awaitedAs());
    }

    /** NextStep.of as it stood before the table: the reference the derived mapping must equal. */
    private static NextStep before(ClaimStatus status, Route route, ClaimType type, boolean essentialSamples) {
        return switch (status) {
            case RECEIVED -> route == Route.MEMBER_STATE ? NextStep.NOTIFY_MEMBER_STATE : NextStep.START_DNA_TEST;
            case NOTIFIED -> NextStep.ACKNOWLEDGE;
            case ACKNOWLEDGED -> NextStep.COLLECT_SAMPLES;
            case DNA_TESTING -> essentialSamples ? NextStep.RECORD_DNA_RESULT : NextStep.COLLECT_SAMPLES;
            case OUTCOME_REPORTED -> NextStep.CONFIRM_OUTCOME;
            case INCONCLUSIVE -> NextStep.START_RETEST;
            case PATERNITY_ESTABLISHED -> type.needsSupport() ? NextStep.ARRANGE_SUPPORT : NextStep.CLOSE;
            case PATERNITY_EXCLUDED -> NextStep.CLOSE;
            case SUPPORT_ARRANGED -> NextStep.RECORD_PAYMENT;
            case ON_HOLD -> NextStep.RESUME;
            case CLOSED -> null;
        };
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    /** A claim put in a state directly, with a kit holding the essential samples or not. */
    private static Claim claim(Route route, ClaimType type, ClaimStatus status, boolean essentialSamples) {
        PersonnelCategory category =
                route == Route.MEMBER_STATE ? PersonnelCategory.MILITARY_CONTINGENT : PersonnelCategory.CIVILIAN;
        Claim claim = new Claim(
                ClaimReference.of(2024, 1),
                new NewClaim(
                        LocalDate.of(2024, 3, 1),
                        type,
                        "MONUSCO",
                        null,
                        category,
                        route == Route.MEMBER_STATE ? "NPL" : null),
                OFFICER);
        if (essentialSamples) {
            claim.recordImported(ClaimAction.START_DNA_TEST, null, TODAY, OFFICER);
            claim.act(new ClaimCommand.StartDnaTest("K", "Lab"), OFFICER);
            for (DnaSubject subject : List.of(DnaSubject.CHILD, DnaSubject.ALLEGED_FATHER)) {
                claim.act(
                        new ClaimCommand.RecordSampleCollection(
                                "K", subject, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, "S-" + subject),
                        OFFICER);
            }
        }
        claim.moveTo(status);
        assertEquals(essentialSamples, claim.hasEssentialSamples());
        return claim;
    }
}
