package un.vra.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;

class LegacyFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** A valid claim on the Member State route, in DNA testing; each test changes only what it is about. */
    private static Map<String, String> inDnaTesting() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("reference", "PC-2024-0001");
        row.put("received_on", "2024-03-01");
        row.put("claim_type", "PATERNITY_AND_CHILD_SUPPORT");
        row.put("mission", "MONUSCO");
        row.put("allegation_reference", "SEA-2024-001");
        row.put("personnel_category", "MILITARY_CONTINGENT");
        row.put("member_state", "NPL");
        row.put("status", "DNA_TESTING");
        row.put("paternity_outcome", "UNDETERMINED");
        row.put("closure_reason", "");
        row.put("notified_on", "2024-03-10");
        row.put("acknowledged_on", "2024-04-01");
        row.put("paternity_determined_on", "");
        row.put("support_arranged_on", "");
        row.put("closed_on", "");
        row.put("child_birth_years", "2023");
        return row;
    }

    /** A valid paternity-only claim on the UN route, resolved once paternity was established. */
    private static Map<String, String> resolvedOnTheUnRoute() {
        return with(
                inDnaTesting(),
                "reference",
                "PC-2023-0042",
                "received_on",
                "2023-05-02",
                "claim_type",
                "PATERNITY",
                "personnel_category",
                "CIVILIAN",
                "member_state",
                "",
                "status",
                "CLOSED",
                "paternity_outcome",
                "ESTABLISHED",
                "closure_reason",
                "RESOLVED",
                "notified_on",
                "",
                "acknowledged_on",
                "",
                "paternity_determined_on",
                "2023-09-01",
                "closed_on",
                "2023-10-01",
                "child_birth_years",
                "2021;2022");
    }

    /** A valid Member State claim with support arranged. */
    private static Map<String, String> supportArranged() {
        return with(
                inDnaTesting(),
                "reference",
                "PC-2022-0100",
                "status",
                "SUPPORT_ARRANGED",
                "paternity_outcome",
                "ESTABLISHED",
                "paternity_determined_on",
                "2024-06-01",
                "support_arranged_on",
                "2024-07-01");
    }

    private static Map<String, String> with(Map<String, String> row, String... columnsAndValues) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            copy.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return copy;
    }

    /** Writes the rows under a header taken from the first row's columns, values as given (quote them yourself). */
    @SafeVarargs
    private static String csv(Map<String, String>... rows) {
        return Stream.concat(
                        Stream.of(String.join(",", rows[0].keySet())),
                        Arrays.stream(rows).map(row -> String.join(",", row.values())))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static LegacyFile.Result read(String text) {
        return LegacyFile.read(new StringReader(text), TODAY);
    }

    /** Where the problems are, as "row:column", to compare whole lists at a glance. */
    private static List<String> places(LegacyFile.Result result) {
        return result.problems().stream()
                .map(problem -> problem.row() + ":" + problem.column())
                .toList();
    }

    private static ImportProblem onlyProblem(Map<String, String> row) {
        LegacyFile.Result result = read(csv(row));
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        assertTrue(result.rows().isEmpty());
        return result.problems().get(0);
    }

    private static void assertOnlyProblem(Map<String, String> row, String column, String messagePart) {
        ImportProblem problem = onlyProblem(row);
        assertEquals(2, problem.row());
        assertEquals(column, problem.column(), problem::toString);
        assertTrue(problem.message().contains(messagePart), problem::toString);
    }

    @Test
    void aGoodFileOfSeveralRowsYieldsEveryRowAndNoProblem() {
        LegacyFile.Result result = read(csv(inDnaTesting(), resolvedOnTheUnRoute(), supportArranged()));

        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of(2, 3, 4), result.rows().stream().map(LegacyRow::row).toList());
        LegacyRow first = result.rows().get(0);
        assertEquals("PC-2024-0001", first.reference());
        assertEquals(LocalDate.of(2024, 3, 1), first.receivedOn());
        assertEquals(ClaimType.PATERNITY_AND_CHILD_SUPPORT, first.claimType());
        assertEquals("MONUSCO", first.mission());
        assertEquals("SEA-2024-001", first.allegationReference());
        assertEquals(PersonnelCategory.MILITARY_CONTINGENT, first.personnelCategory());
        assertEquals("NPL", first.memberState());
        assertEquals(ClaimStatus.DNA_TESTING, first.status());
        assertEquals(PaternityOutcome.UNDETERMINED, first.paternityOutcome());
        assertNull(first.closureReason());
        assertEquals(LocalDate.of(2024, 3, 10), first.notifiedOn());
        assertEquals(LocalDate.of(2024, 4, 1), first.acknowledgedOn());
        assertNull(first.paternityDeterminedOn());
        assertEquals(List.of(2023), first.childBirthYears());
        assertNull(first.claimantName());
        LegacyRow second = result.rows().get(1);
        assertNull(second.memberState());
        assertEquals(ClosureReason.RESOLVED, second.closureReason());
        assertEquals(LocalDate.of(2023, 10, 1), second.closedOn());
        assertEquals(List.of(2021, 2022), second.childBirthYears());
        assertEquals(LocalDate.of(2024, 7, 1), result.rows().get(2).supportArrangedOn());
    }

    @Test
    void aQuotedFieldMayHoldCommasLineBreaksAndDoubledQuotes() {
        Map<String, String> quoted = with(inDnaTesting(), "allegation_reference", "\"SEA, \"\"2024\"\"\n001\"");
        LegacyFile.Result result = read(csv(quoted, supportArranged()));

        assertEquals(List.of(), result.problems());
        assertEquals("SEA, \"2024\"\n001", result.rows().get(0).allegationReference());
        assertEquals(3, result.rows().get(1).row(), "rows count records, not lines");
    }

    @Test
    void crlfLineEndsAndALeadingByteOrderMarkAreAccepted() {
        String text = "\uFEFF" + csv(inDnaTesting(), supportArranged()).replace("\n", "\r\n");
        LegacyFile.Result result = read(text);

        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of("PC-2024-0001", "PC-2022-0100"),
                result.rows().stream().map(LegacyRow::reference).toList());
        assertEquals(List.of(2023), result.rows().get(1).childBirthYears());
    }

    @Test
    void blankLinesBetweenRecordsAndATrailingEmptyLineAreIgnored() {
        String[] lines = csv(inDnaTesting(), supportArranged()).split("\n");
        String text = lines[0] + "\n\n" + lines[1] + "\n   \r\n" + lines[2] + "\n\n";
        LegacyFile.Result result = read(text);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(2, 3), result.rows().stream().map(LegacyRow::row).toList());
    }

    @Test
    void unquotedWhitespaceIsTrimmedButQuotedContentIsKept() {
        Map<String, String> spaced = with(
                inDnaTesting(),
                "mission",
                "  MONUSCO\t",
                "status",
                " DNA_TESTING ",
                "allegation_reference",
                "  \" SEA 1 \"  ");
        LegacyFile.Result result = read(csv(spaced));

        assertEquals(List.of(), result.problems());
        assertEquals("MONUSCO", result.rows().get(0).mission());
        assertEquals(" SEA 1 ", result.rows().get(0).allegationReference());
    }

    @Test
    void columnsMayComeInAnyOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> columns = List.copyOf(inDnaTesting().keySet());
        for (int i = columns.size() - 1; i >= 0; i--) {
            reversed.put(columns.get(i), inDnaTesting().get(columns.get(i)));
        }
        LegacyFile.Result result = read(csv(reversed));

        assertEquals(List.of(), result.problems());
        assertEquals("MONUSCO", result.rows().get(0).mission());
    }

    @Test
    void theClaimantNameColumnIsOptionalAndBlankMeansUnknown() {
        Map<String, String> named = with(inDnaTesting(), "claimant_name", "\"Doe, Jane\"");
        Map<String, String> unnamed = with(supportArranged(), "claimant_name", "");
        LegacyFile.Result result = read(csv(named, unnamed));

        assertEquals(List.of(), result.problems());
        assertEquals("Doe, Jane", result.rows().get(0).claimantName());
        assertNull(result.rows().get(1).claimantName());
    }

    @Test
    void theAllegationYearColumnIsOptionalAndAnOlderFileWithoutItStillReads() {
        Map<String, String> dated = with(inDnaTesting(), "allegation_year", "2023");
        Map<String, String> undated = with(supportArranged(), "allegation_year", "");
        LegacyFile.Result result = read(csv(dated, undated));

        assertEquals(List.of(), result.problems());
        assertEquals(2023, result.rows().get(0).allegationYear());
        assertNull(result.rows().get(1).allegationYear());
        assertNull(read(csv(inDnaTesting())).rows().get(0).allegationYear());
    }

    @Test
    void anAllegationYearAfterTheYearReceivedOrNotAYearIsRefused() {
        assertOnlyProblem(with(inDnaTesting(), "allegation_year", "2025"), "allegation_year", "2025");
        assertOnlyProblem(with(inDnaTesting(), "allegation_year", "last year"), "allegation_year", "last year");
        assertOnlyProblem(with(inDnaTesting(), "allegation_year", "1900"), "allegation_year", "1948");
    }

    @Test
    void governmentProvidedPersonnelIsACategoryOfTheMemberStateRoute() {
        Map<String, String> gpp = with(inDnaTesting(), "personnel_category", "GOVERNMENT_PROVIDED_PERSONNEL");
        LegacyFile.Result result = read(csv(gpp));

        assertEquals(List.of(), result.problems());
        assertEquals(
                PersonnelCategory.GOVERNMENT_PROVIDED_PERSONNEL,
                result.rows().get(0).personnelCategory());
        assertOnlyProblem(with(gpp, "member_state", ""), "member_state", "");
    }

    @Test
    void blankOptionalFieldsAreReadAsNull() {
        Map<String, String> sparse =
                with(inDnaTesting(), "reference", "", "allegation_reference", "\"\"", "child_birth_years", "");
        LegacyRow row = read(csv(sparse)).rows().get(0);

        assertNull(row.reference());
        assertNull(row.allegationReference());
        assertEquals(List.of(), row.childBirthYears());
    }

    @Test
    void unknownMissingAndRepeatedColumnsAreAllReportedOnTheHeaderAndNoRowIsRead() {
        String good = csv(inDnaTesting());
        String header =
                good.substring(0, good.indexOf('\n')).replace("mission,", "").replace("status", "state,reference");
        LegacyFile.Result result = read(header + good.substring(good.indexOf('\n')));

        assertEquals(List.of("1:null", "1:null", "1:null", "1:null"), places(result));
        List<String> messages =
                result.problems().stream().map(ImportProblem::message).toList();
        assertTrue(messages.get(0).contains("unknown column \"state\""), messages::toString);
        assertTrue(messages.get(1).contains("\"reference\" more than once"), messages::toString);
        assertTrue(messages.get(2).contains("lacks the column \"mission\""), messages::toString);
        assertTrue(messages.get(3).contains("lacks the column \"status\""), messages::toString);
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void anEmptyFileIsReportedAsLackingItsHeader() {
        LegacyFile.Result result = read("\uFEFF\n\n");

        assertEquals(List.of("1:null"), places(result));
        assertTrue(result.problems().get(0).message().contains("header"));
    }

    @Test
    void aFileWithOnlyItsHeaderRowIsAProblemNotAnImportOfNothing() {
        String header = csv(inDnaTesting()).lines().findFirst().orElseThrow();
        LegacyFile.Result result = read(header + "\n\n");

        assertEquals(List.of("2:null"), places(result));
        assertTrue(result.problems().get(0).message().contains("no claim"));
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsIsOneProblemForTheWholeRow() {
        String good = csv(inDnaTesting());
        String text = good + "PC-2024-0009,2024-03-01,PATERNITY\n"
                + good.substring(good.indexOf('\n') + 1)
                        .replace("PC-2024-0001", "PC-2024-0002")
                        .replace("\n", ",extra\n");
        LegacyFile.Result result = read(text);

        assertEquals(List.of("3:null", "4:null"), places(result));
        assertEquals(
                "expected 16 fields, one per column of the header, but found 3",
                result.problems().get(0).message());
        assertEquals(List.of(2), result.rows().stream().map(LegacyRow::row).toList());
    }

    @Test
    void anUnterminatedQuoteIsReportedOnTheRecordWhereItOpens() {
        String text = csv(inDnaTesting(), with(supportArranged(), "allegation_reference", "\"SEA-1"));
        LegacyFile.Result result = read(text);

        assertEquals(List.of("3:null"), places(result));
        assertTrue(result.problems().get(0).message().contains("never closed"));
        assertEquals(1, result.rows().size());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldOrTextAfterAClosingQuoteIsReported() {
        LegacyFile.Result result = read(csv(
                with(inDnaTesting(), "allegation_reference", "SEA\"1"),
                with(supportArranged(), "allegation_reference", "\"SEA\"1")));

        assertEquals(List.of("2:null", "3:null"), places(result));
        assertTrue(result.problems().get(0).message().contains("written twice"));
        assertTrue(result.problems().get(1).message().contains("after the closing double quote"));
    }

    @Test
    void requiredFieldsMustNotBeBlank() {
        LegacyFile.Result result = read(csv(with(
                inDnaTesting(),
                "received_on",
                "",
                "claim_type",
                " ",
                "mission",
                "\"\"",
                "personnel_category",
                "",
                "status",
                "",
                "paternity_outcome",
                "")));

        assertEquals(
                List.of(
                        "2:received_on",
                        "2:claim_type",
                        "2:mission",
                        "2:personnel_category",
                        "2:status",
                        "2:paternity_outcome"),
                places(result));
        assertTrue(
                result.problems().stream().allMatch(problem -> problem.message().equals("a value is required")));
    }

    @Test
    void datesMustBeRealIsoDates() {
        for (String bad : List.of("2024-3-1", "01/03/2024", "2024-02-30", "+2024-03-01", "yesterday")) {
            assertOnlyProblem(with(inDnaTesting(), "received_on", bad), "received_on", "yyyy-mm-dd");
        }
    }

    @Test
    void datesMustNotBeAfterToday() {
        assertOnlyProblem(
                with(supportArranged(), "support_arranged_on", "2026-11-27"),
                "support_arranged_on",
                "no later than today, 2026-11-26");
        assertEquals(
                List.of(),
                read(csv(with(supportArranged(), "support_arranged_on", "2026-11-26")))
                        .problems());
    }

    @Test
    void enumColumnsTakeTheExactConstantNames() {
        assertOnlyProblem(
                with(inDnaTesting(), "claim_type", "paternity"),
                "claim_type",
                "expected one of PATERNITY, CHILD_SUPPORT, PATERNITY_AND_CHILD_SUPPORT");
        assertOnlyProblem(
                with(inDnaTesting(), "personnel_category", "MILITARY"), "personnel_category", "MILITARY_CONTINGENT");
        assertOnlyProblem(with(inDnaTesting(), "status", "DNA TESTING"), "status", "DNA_TESTING");
        assertOnlyProblem(
                with(inDnaTesting(), "paternity_outcome", "Undetermined"), "paternity_outcome", "UNDETERMINED");
        assertOnlyProblem(with(resolvedOnTheUnRoute(), "closure_reason", "DONE"), "closure_reason", "RESOLVED");
    }

    @Test
    void aReferenceMustBeWellFormed() {
        assertOnlyProblem(with(inDnaTesting(), "reference", "PC-24-1"), "reference", "PC-2024-0007");
    }

    @Test
    void aReferenceUsedTwiceIsReportedOnTheLaterRowOnly() {
        LegacyFile.Result result =
                read(csv(inDnaTesting(), supportArranged(), with(resolvedOnTheUnRoute(), "reference", "PC-2024-0001")));

        assertEquals(List.of("4:reference"), places(result));
        assertTrue(result.problems().get(0).message().contains("already used on row 2"));
        assertEquals(List.of(2, 3), result.rows().stream().map(LegacyRow::row).toList());
    }

    @Test
    void aMemberStateIsThreeCapitalsAndIsRequiredOnTheMemberStateRoute() {
        assertOnlyProblem(with(inDnaTesting(), "member_state", "Nepal"), "member_state", "three-letter");
        assertOnlyProblem(with(inDnaTesting(), "member_state", ""), "member_state", "MILITARY_CONTINGENT");
        assertEquals(
                List.of(),
                read(csv(with(resolvedOnTheUnRoute(), "member_state", "FRA"))).problems());
    }

    @Test
    void aMissionIsTwoToTwentyCapitalsDigitsOrDashes() {
        for (String bad : List.of("M", "Monusco", "MINUSCA 2", "ABCDEFGHIJKLMNOPQRSTU")) {
            assertOnlyProblem(with(inDnaTesting(), "mission", bad), "mission", "2 to 20 capital letters");
        }
        assertEquals(
                List.of(), read(csv(with(inDnaTesting(), "mission", "UN-2"))).problems());
    }

    @Test
    void freeTextColumnsHaveAMaximumLengthAndTheNameIsNotRepeated() {
        assertOnlyProblem(
                with(inDnaTesting(), "allegation_reference", "A".repeat(61)),
                "allegation_reference",
                "at most 60 characters, but found 61");
        ImportProblem problem = onlyProblem(with(inDnaTesting(), "claimant_name", "Jane".repeat(51)));
        assertEquals("claimant_name", problem.column());
        assertEquals("expected at most 200 characters, but found 204", problem.message());
        assertEquals(
                List.of(),
                read(csv(with(
                                inDnaTesting(),
                                "allegation_reference",
                                "A".repeat(60),
                                "claimant_name",
                                "Jane".repeat(50))))
                        .problems());
    }

    @Test
    void childBirthDatesAreOptionalOnePerYearInThatYearAndBlankWhereOnlyTheYearIsKnown() {
        LegacyRow row = read(csv(
                        with(inDnaTesting(), "child_birth_years", "2019;2023", "child_birth_dates", "2019-04-02;")))
                .rows()
                .get(0);
        assertEquals(LocalDate.of(2019, 4, 2), row.childBirthDate(0));
        assertNull(row.childBirthDate(1));
        assertNull(read(csv(inDnaTesting())).rows().get(0).childBirthDate(0), "the column may be left out");
        assertOnlyProblem(
                with(inDnaTesting(), "child_birth_dates", "2019-04-02;2023-01-01"),
                "child_birth_dates",
                "one entry per year");
        assertOnlyProblem(
                with(inDnaTesting(), "child_birth_dates", "2022-12-31"), "child_birth_dates", "in the year 2023");
    }

    @Test
    void childBirthYearsAreYearsSeparatedBySemicolonsFrom1980ToTheYearAfterReceipt() {
        assertOnlyProblem(
                with(inDnaTesting(), "child_birth_years", "\"2019,2020\""), "child_birth_years", "separated by ';'");
        assertOnlyProblem(
                with(inDnaTesting(), "child_birth_years", "2019;;2020"), "child_birth_years", "separated by ';'");
        assertOnlyProblem(with(inDnaTesting(), "child_birth_years", "1979"), "child_birth_years", "from 1980 to 2026");
        assertOnlyProblem(with(inDnaTesting(), "child_birth_years", "2027"), "child_birth_years", "from 1980 to 2026");
        assertOnlyProblem(
                with(inDnaTesting(), "child_birth_years", "2026"),
                "child_birth_years",
                "no later than the year after the claim was received (2025)");
        assertEquals(
                List.of(2019, 2025),
                read(csv(with(inDnaTesting(), "child_birth_years", " 2019 ; 2025 ")))
                        .rows()
                        .get(0)
                        .childBirthYears());
    }

    @Test
    void eachBadBirthYearIsItsOwnProblem() {
        LegacyFile.Result result = read(csv(with(inDnaTesting(), "child_birth_years", "1970;2020;x")));

        assertEquals(List.of("2:child_birth_years", "2:child_birth_years"), places(result));
    }

    @Test
    void datesMustFollowTheClaimsTimelineAndTheLaterDateIsReported() {
        assertOnlyProblem(
                with(inDnaTesting(), "notified_on", "2024-02-28"),
                "notified_on",
                "no earlier than received_on (2024-03-01)");
        assertOnlyProblem(
                with(supportArranged(), "support_arranged_on", "2024-05-31"),
                "support_arranged_on",
                "no earlier than paternity_determined_on (2024-06-01)");
        assertOnlyProblem(
                with(resolvedOnTheUnRoute(), "closed_on", "2023-08-01"),
                "closed_on",
                "no earlier than paternity_determined_on");
        assertEquals(
                List.of(),
                read(csv(with(inDnaTesting(), "notified_on", "2024-03-01", "acknowledged_on", "2024-03-01")))
                        .problems());
    }

    @Test
    void aClaimOnHoldCannotBeImported() {
        assertOnlyProblem(with(inDnaTesting(), "status", "ON_HOLD"), "status", "ON_HOLD cannot be imported");
    }

    @Test
    void notifiedAndAcknowledgedAreOnlyForTheMemberStateRoute() {
        assertOnlyProblem(
                with(inDnaTesting(), "personnel_category", "CONTRACTOR", "status", "ACKNOWLEDGED"),
                "status",
                "CONTRACTOR");
    }

    @Test
    void notifiedAndAcknowledgedNeedTheirDates() {
        assertOnlyProblem(
                with(inDnaTesting(), "status", "NOTIFIED", "notified_on", "", "acknowledged_on", ""),
                "notified_on",
                "required when status is NOTIFIED");
        LegacyFile.Result result =
                read(csv(with(inDnaTesting(), "status", "ACKNOWLEDGED", "notified_on", "", "acknowledged_on", "")));
        assertEquals(List.of("2:notified_on", "2:acknowledged_on"), places(result));
    }

    @Test
    void anAcknowledgementNeedsANotification() {
        assertOnlyProblem(
                with(inDnaTesting(), "notified_on", ""), "notified_on", "required when acknowledged_on is given");
    }

    @Test
    void aDeterminedOutcomeNeedsItsDateAndAnUndeterminedOneHasNone() {
        assertOnlyProblem(
                with(supportArranged(), "paternity_determined_on", ""),
                "paternity_determined_on",
                "required when paternity_outcome is ESTABLISHED");
        assertOnlyProblem(
                with(inDnaTesting(), "paternity_determined_on", "2024-05-01"),
                "paternity_determined_on",
                "no date while paternity_outcome is UNDETERMINED");
    }

    @Test
    void theStatusMustAgreeWithThePaternityOutcome() {
        assertOnlyProblem(
                with(supportArranged(), "status", "PATERNITY_EXCLUDED", "support_arranged_on", ""),
                "paternity_outcome",
                "expected EXCLUDED when status is PATERNITY_EXCLUDED");
        assertOnlyProblem(
                with(inDnaTesting(), "status", "INCONCLUSIVE"),
                "paternity_outcome",
                "expected INCONCLUSIVE when status is INCONCLUSIVE");
        assertOnlyProblem(
                with(inDnaTesting(), "status", "PATERNITY_ESTABLISHED"),
                "paternity_outcome",
                "expected ESTABLISHED when status is PATERNITY_ESTABLISHED");
        assertOnlyProblem(
                with(supportArranged(), "status", "DNA_TESTING", "support_arranged_on", ""),
                "paternity_outcome",
                "expected UNDETERMINED or INCONCLUSIVE when status is DNA_TESTING");
    }

    @Test
    void aRetestMayFollowAnInconclusiveResult() {
        Map<String, String> retest =
                with(inDnaTesting(), "paternity_outcome", "INCONCLUSIVE", "paternity_determined_on", "2024-05-01");
        assertEquals(List.of(), read(csv(retest)).problems());
    }

    @Test
    void arrangedSupportNeedsItsDateAndEstablishedPaternity() {
        assertOnlyProblem(
                with(supportArranged(), "support_arranged_on", ""),
                "support_arranged_on",
                "required when status is SUPPORT_ARRANGED");
        assertOnlyProblem(
                with(inDnaTesting(), "support_arranged_on", "2024-07-01"),
                "support_arranged_on",
                "unless paternity_outcome is ESTABLISHED");
    }

    @Test
    void closedStatusClosureReasonAndClosedOnGoTogetherAndEachMismatchIsReported() {
        assertOnlyProblem(with(resolvedOnTheUnRoute(), "closed_on", ""), "closed_on", "required when status is CLOSED");
        assertOnlyProblem(
                with(resolvedOnTheUnRoute(), "closure_reason", ""), "closure_reason", "required when status is CLOSED");
        LegacyFile.Result result =
                read(csv(with(inDnaTesting(), "closure_reason", "WITHDRAWN", "closed_on", "2024-08-01")));
        assertEquals(List.of("2:closure_reason", "2:closed_on"), places(result));
        assertTrue(result.problems().get(1).message().contains("unless status is CLOSED, but status is DNA_TESTING"));
    }

    @Test
    void aResolvedClosureNeedsEstablishedPaternityAndSupportUnlessThePaternityAloneWasClaimed() {
        assertOnlyProblem(
                with(resolvedOnTheUnRoute(), "claim_type", "CHILD_SUPPORT"),
                "closure_reason",
                "RESOLVED expects support_arranged_on for a claim of type CHILD_SUPPORT");
        assertOnlyProblem(
                with(resolvedOnTheUnRoute(), "paternity_outcome", "INCONCLUSIVE"),
                "closure_reason",
                "RESOLVED expects paternity_outcome ESTABLISHED");
        Map<String, String> supported =
                with(resolvedOnTheUnRoute(), "claim_type", "CHILD_SUPPORT", "support_arranged_on", "2023-09-15");
        assertEquals(List.of(), read(csv(supported)).problems());
    }

    @Test
    void aClosureForExcludedPaternityNeedsAnExcludedOutcome() {
        assertOnlyProblem(
                with(resolvedOnTheUnRoute(), "closure_reason", "PATERNITY_EXCLUDED"),
                "closure_reason",
                "PATERNITY_EXCLUDED expects paternity_outcome EXCLUDED");
        assertEquals(
                List.of(),
                read(csv(with(
                                resolvedOnTheUnRoute(),
                                "closure_reason",
                                "PATERNITY_EXCLUDED",
                                "paternity_outcome",
                                "EXCLUDED")))
                        .problems());
    }

    @Test
    void aFieldThatDidNotParseIsLeftOutOfTheConsistencyChecks() {
        LegacyFile.Result result = read(csv(with(
                resolvedOnTheUnRoute(),
                "status",
                "SHUT",
                "paternity_determined_on",
                "2023-13-01",
                "closed_on",
                "1 Oct 2023")));

        assertEquals(List.of("2:status", "2:paternity_determined_on", "2:closed_on"), places(result));
    }

    @Test
    void everyProblemInTheFileIsReportedInRowThenFileColumnOrderAndOnlyValidRowsAreKept() {
        Map<String, String> manyFaults = with(
                inDnaTesting(),
                "reference",
                "PC-2024-0002",
                "mission",
                "x",
                "member_state",
                "",
                "status",
                "NOTIFIED",
                "paternity_outcome",
                "ESTABLISHED",
                "acknowledged_on",
                "2024-03-05",
                "closed_on",
                "2024-09-01",
                "child_birth_years",
                "1900");
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("closed_on", "");
        reordered.putAll(inDnaTesting());
        Map<String, String> faulty = new LinkedHashMap<>();
        faulty.put("closed_on", manyFaults.get("closed_on"));
        faulty.putAll(manyFaults);
        LegacyFile.Result result =
                read(csv(reordered, faulty, with(faulty, "reference", "PC-2024-0003", "mission", "UNMISS")));

        assertEquals(
                List.of(
                        "3:closed_on",
                        "3:mission",
                        "3:member_state",
                        "3:paternity_outcome",
                        "3:acknowledged_on",
                        "3:paternity_determined_on",
                        "3:child_birth_years",
                        "4:closed_on",
                        "4:member_state",
                        "4:paternity_outcome",
                        "4:acknowledged_on",
                        "4:paternity_determined_on",
                        "4:child_birth_years"),
                places(result));
        assertEquals(List.of(2), result.rows().stream().map(LegacyRow::row).toList());
    }
}
