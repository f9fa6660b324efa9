package un.vra.claims.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Route;

/**
 * Reads the legacy claims export (RFC 4180 CSV with a header row) and checks every row before anything is imported.
 *
 * <p>The file is checked as a whole and every problem is reported, not only the first, so that whoever prepares the
 * file can fix it in one pass. Only rows without any problem are returned; whether to import those alone or nothing
 * at all is the caller's decision.
 *
 * <p>Messages never repeat the claimant's name nor a whole record, because problem lists get shared and logged.
 */
public final class LegacyCsvReader {

    /**
     * What a file yields.
     *
     * @param rows     the rows that passed every check, in file order
     * @param problems every problem found, ordered by row and then by the column's position in the file
     */
    public record Result(List<LegacyRow> rows, List<ImportProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private final Header header;
    private final LocalDate today;
    private final Map<String, Integer> firstRowOfReference = new HashMap<>();
    private final List<LegacyRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private LegacyCsvReader(Header header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /**
     * Reads and checks a whole file.
     *
     * @param input the file's text, already decoded from UTF-8 by the caller; a leading byte order mark is skipped
     * @param today the date against which "not in the future" is judged, passed in so that results are repeatable
     */
    public static Result read(Reader input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<CsvRecord> records = new CsvTokenizer(readAll(input)).records();
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new ImportProblem(1, null,
                    "the file is empty; expected a header row naming the columns")));
        }
        List<ImportProblem> headerProblems = new ArrayList<>();
        Header header = Header.read(records.get(0), headerProblems);
        if (!headerProblems.isEmpty()) {
            return new Result(List.of(), headerProblems);
        }
        LegacyCsvReader reader = new LegacyCsvReader(header, today);
        records.subList(1, records.size()).forEach(reader::readRecord);
        return new Result(reader.rows, reader.problems);
    }

    /** Legacy exports are small, and the tokenizer is simplest when it can look ahead freely. */
    private static String readAll(Reader input) {
        StringWriter text = new StringWriter();
        try {
            input.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the import file", e);
        }
        return text.toString();
    }

    /** A record that cannot be split into the header's fields is reported once, as a whole, and not checked further. */
    private void readRecord(CsvRecord record) {
        if (record.problem() != null) {
            problems.add(new ImportProblem(record.row(), null, record.problem()));
        } else if (record.fields().size() != header.size()) {
            problems.add(new ImportProblem(record.row(), null, "expected " + header.size()
                    + " fields, one per column of the header, but found " + record.fields().size()));
        } else {
            RowCheck check = new RowCheck(record.row(), header.values(record), today, firstRowOfReference);
            LegacyRow row = check.read();
            problems.addAll(check.problems(header));
            if (row != null) {
                rows.add(row);
            }
        }
    }

    /** The file's columns; the enum's order is the order of the claim's timeline, not the file's. */
    private enum Column {
        REFERENCE(false),
        RECEIVED_ON(true),
        CLAIM_TYPE(true),
        MISSION(true),
        ALLEGATION_REFERENCE(false),
        PERSONNEL_CATEGORY(true),
        MEMBER_STATE(false),
        STATUS(true),
        PATERNITY_OUTCOME(true),
        CLOSURE_REASON(false),
        NOTIFIED_ON(false),
        ACKNOWLEDGED_ON(false),
        PATERNITY_DETERMINED_ON(false),
        SUPPORT_ARRANGED_ON(false),
        CLOSED_ON(false),
        CHILD_BIRTH_YEARS(false),
        CLAIMANT_NAME(false);

        private final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Older exports predate the claimant's name, so its column may be left out of the header. */
        boolean mayBeLeftOut() {
            return this == CLAIMANT_NAME;
        }

        static Column named(String csvName) {
            return Arrays.stream(values()).filter(column -> column.csvName().equals(csvName)).findFirst().orElse(null);
        }
    }

    /** One record as split by the tokenizer, or the reason it could not be split. */
    private record CsvRecord(int row, List<String> fields, String problem) {
    }

    /** Where each column sits in this file, since exports do not agree on the order. */
    private static final class Header {

        private final Map<Column, Integer> positions;

        private Header(Map<Column, Integer> positions) {
            this.positions = positions;
        }

        /**
         * Reports every unknown, repeated and missing name, so that a bad header is fixed in one go. The result is
         * usable only when no problem was added; it is null when the header row could not even be split.
         */
        static Header read(CsvRecord record, List<ImportProblem> problems) {
            if (record.problem() != null) {
                problems.add(new ImportProblem(record.row(), null, "the header row is malformed: " + record.problem()));
                return null;
            }
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            for (int i = 0; i < record.fields().size(); i++) {
                place(record.fields().get(i), i, positions, problems);
            }
            for (Column column : Column.values()) {
                if (!positions.containsKey(column) && !column.mayBeLeftOut()) {
                    problems.add(new ImportProblem(1, null,
                            "the header lacks the column \"" + column.csvName() + "\""));
                }
            }
            return new Header(positions);
        }

        private static void place(String name, int position, Map<Column, Integer> positions,
                                  List<ImportProblem> problems) {
            Column column = Column.named(name);
            if (column == null) {
                problems.add(new ImportProblem(1, null, "the header names an unknown column \"" + name
                        + "\"; expected only: " + Arrays.stream(Column.values()).map(Column::csvName)
                        .collect(Collectors.joining(", "))));
            } else if (positions.putIfAbsent(column, position) != null) {
                problems.add(new ImportProblem(1, null, "the header names the column \"" + name
                        + "\" more than once; expected each column exactly once"));
            }
        }

        int size() {
            return positions.size();
        }

        int position(Column column) {
            return positions.get(column);
        }

        /** Blank fields are left out, so that "not given" means the same whether quoted or not. */
        Map<Column, String> values(CsvRecord record) {
            Map<Column, String> values = new EnumMap<>(Column.class);
            positions.forEach((column, position) -> {
                String value = record.fields().get(position);
                if (!value.isBlank()) {
                    values.put(column, value);
                }
            });
            return values;
        }
    }

    /**
     * Splits RFC 4180 text into records. It checks only the quoting; what the fields mean is left to the row checks.
     * Records are numbered as they come, blank lines not counting, so that a row number points at a record even
     * when a quoted field spans several lines.
     */
    private static final class CsvTokenizer {

        private final String text;
        private int pos;
        private String problem;

        CsvTokenizer(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<CsvRecord> records() {
            List<CsvRecord> records = new ArrayList<>();
            while (pos < text.length()) {
                problem = null;
                List<String> fields = fields();
                if (problem != null || !isBlankLine(fields)) {
                    records.add(new CsvRecord(records.size() + 1, fields, problem));
                }
            }
            return records;
        }

        private static boolean isBlankLine(List<String> fields) {
            return fields.size() == 1 && fields.get(0).isEmpty();
        }

        /** Reads one record and its line end; each field stops at a comma, a line feed or the end of the text. */
        private List<String> fields() {
            List<String> fields = new ArrayList<>();
            fields.add(field());
            while (at(',')) {
                pos++;
                fields.add(field());
            }
            if (at('\n')) {
                pos++;
            }
            return fields;
        }

        private String field() {
            skipSpaces();
            return at('"') ? quoted() : unquoted();
        }

        /** Trimming also drops the carriage return of a CRLF line end. */
        private String unquoted() {
            int start = pos;
            while (pos < text.length() && !atFieldEnd()) {
                if (at('"')) {
                    flag("a double quote may appear only inside a field that is quoted as a whole, "
                            + "and must then be written twice");
                }
                pos++;
            }
            return text.substring(start, pos).strip();
        }

        /** Keeps the content as written, commas, line breaks and spaces included, with each doubled quote halved. */
        private String quoted() {
            pos++;
            StringBuilder value = new StringBuilder();
            int close = text.indexOf('"', pos);
            while (close >= 0 && close + 1 < text.length() && text.charAt(close + 1) == '"') {
                value.append(text, pos, close + 1);
                pos = close + 2;
                close = text.indexOf('"', pos);
            }
            if (close < 0) {
                flag("a quoted field is never closed; expected a closing double quote");
                value.append(text, pos, text.length());
                pos = text.length();
                return value.toString();
            }
            value.append(text, pos, close);
            pos = close + 1;
            skipSpaces();
            if (pos < text.length() && !atFieldEnd()) {
                flag("expected a comma or the end of the line after the closing double quote of a field");
                unquoted();
            }
            return value.toString();
        }

        /** The first problem of a record is the one worth reporting; the rest usually follow from it. */
        private void flag(String message) {
            if (problem == null) {
                problem = message;
            }
        }

        private void skipSpaces() {
            while (at(' ') || at('\t') || at('\r')) {
                pos++;
            }
        }

        private boolean atFieldEnd() {
            return at(',') || at('\n');
        }

        private boolean at(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }
    }

    /** A problem found in a row before it is placed by the file's column order. */
    private record Finding(Column column, String message) {
    }

    /**
     * Checks one record: first each field on its own, then the fields against each other. A field that failed its own
     * check is left out of the consistency checks, so that one mistake is not reported several times over.
     */
    private static final class RowCheck {

        private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final Pattern MISSION_CODE = Pattern.compile("[A-Z0-9-]{2,20}");
        private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
        private static final Pattern YEAR = Pattern.compile("\\d{4}");
        private static final int FIRST_BIRTH_YEAR = 1980;
        private static final int MAX_ALLEGATION_REFERENCE = 60;
        private static final int MAX_CLAIMANT_NAME = 200;
        private static final List<Column> TIMELINE = List.of(Column.RECEIVED_ON, Column.NOTIFIED_ON,
                Column.ACKNOWLEDGED_ON, Column.PATERNITY_DETERMINED_ON, Column.SUPPORT_ARRANGED_ON, Column.CLOSED_ON);

        private final int row;
        private final Map<Column, String> values;
        private final LocalDate today;
        private final Map<String, Integer> firstRowOfReference;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<Column> failed = EnumSet.noneOf(Column.class);

        RowCheck(int row, Map<Column, String> values, LocalDate today, Map<String, Integer> firstRowOfReference) {
            this.row = row;
            this.values = values;
            this.today = today;
            this.firstRowOfReference = firstRowOfReference;
        }

        /** Returns the row, or null when anything is wrong with it. */
        LegacyRow read() {
            LocalDate receivedOn = date(Column.RECEIVED_ON);
            PersonnelCategory category = constant(Column.PERSONNEL_CATEGORY, PersonnelCategory.class);
            LegacyRow candidate = new LegacyRow(row, reference(), receivedOn,
                    constant(Column.CLAIM_TYPE, ClaimType.class), mission(),
                    bounded(Column.ALLEGATION_REFERENCE, MAX_ALLEGATION_REFERENCE), category, memberState(category),
                    constant(Column.STATUS, ClaimStatus.class),
                    constant(Column.PATERNITY_OUTCOME, PaternityOutcome.class),
                    constant(Column.CLOSURE_REASON, ClosureReason.class),
                    date(Column.NOTIFIED_ON), date(Column.ACKNOWLEDGED_ON), date(Column.PATERNITY_DETERMINED_ON),
                    date(Column.SUPPORT_ARRANGED_ON), date(Column.CLOSED_ON), birthYears(receivedOn),
                    bounded(Column.CLAIMANT_NAME, MAX_CLAIMANT_NAME));
            checkTimeline(candidate);
            checkStatus(candidate);
            checkNotification(candidate);
            checkPaternity(candidate);
            checkSupport(candidate);
            checkClosure(candidate);
            return findings.isEmpty() ? candidate : null;
        }

        /** Stable sorting keeps a column's own check ahead of the consistency checks that mention it. */
        List<ImportProblem> problems(Header header) {
            return findings.stream()
                    .sorted(Comparator.comparingInt(finding -> header.position(finding.column())))
                    .map(finding -> new ImportProblem(row, finding.column().csvName(), finding.message()))
                    .toList();
        }

        // Field checks: each returns the parsed value, or null when the field is blank or failed.

        private String value(Column column) {
            String value = values.get(column);
            if (value == null && column.required) {
                return fail(column, "a value is required");
            }
            return value;
        }

        private String reference() {
            String text = value(Column.REFERENCE);
            if (text == null) {
                return null;
            }
            if (!ClaimReference.isWellFormed(text)) {
                return fail(Column.REFERENCE, "expected a claim reference such as PC-2024-0007 (PC-, a year, a dash "
                        + "and 4 to 7 digits), or nothing, but found \"" + text + "\"");
            }
            String reference = text.strip();
            Integer firstRow = firstRowOfReference.putIfAbsent(reference, row);
            if (firstRow != null) {
                return fail(Column.REFERENCE, "expected a reference used by one claim only, but " + reference
                        + " is already used on row " + firstRow);
            }
            return reference;
        }

        /** Strictly yyyy-mm-dd: a legacy date such as 2024-3-1 or 01/03/2024 is too easily misread to be guessed. */
        private LocalDate date(Column column) {
            String text = value(column);
            if (text == null) {
                return null;
            }
            LocalDate date = isoDate(text);
            if (date == null) {
                return fail(column, "expected a real date written yyyy-mm-dd, such as 2024-03-01, but found \""
                        + text + "\"");
            }
            if (date.isAfter(today)) {
                return fail(column, "expected a date no later than today, " + today + ", but found " + text);
            }
            return date;
        }

        private static LocalDate isoDate(String text) {
            if (!ISO_DATE.matcher(text).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notARealDay) {
                return null;
            }
        }

        /** Exact constant names only: a close guess at a legal status is worse than asking. */
        private <E extends Enum<E>> E constant(Column column, Class<E> type) {
            String text = value(column);
            if (text == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            return fail(column, "expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", written exactly so, but found \"" + text + "\"");
        }

        private String mission() {
            String text = value(Column.MISSION);
            if (text != null && !MISSION_CODE.matcher(text).matches()) {
                return fail(Column.MISSION, "expected a mission code of 2 to 20 capital letters, digits or dashes, "
                        + "such as MONUSCO, but found \"" + text + "\"");
            }
            return text;
        }

        /** Uniformed personnel are the Member State's to deal with, so their claims cannot do without it. */
        private String memberState(PersonnelCategory category) {
            String text = value(Column.MEMBER_STATE);
            if (text == null) {
                return category != null && category.route() == Route.MEMBER_STATE
                        ? fail(Column.MEMBER_STATE, "a value is required for personnel category " + category
                        + ", whose claims go through the Member State")
                        : null;
            }
            if (!COUNTRY_CODE.matcher(text).matches()) {
                return fail(Column.MEMBER_STATE, "expected a three-letter country code in capitals, such as NPL, "
                        + "but found \"" + text + "\"");
            }
            return text;
        }

        /** Counts characters as the database does, and never repeats the value, which may be a person's name. */
        private String bounded(Column column, int maximum) {
            String text = value(column);
            if (text != null && text.codePointCount(0, text.length()) > maximum) {
                return fail(column, "expected at most " + maximum + " characters, but found "
                        + text.codePointCount(0, text.length()));
            }
            return text;
        }

        private List<Integer> birthYears(LocalDate receivedOn) {
            String text = value(Column.CHILD_BIRTH_YEARS);
            List<Integer> years = new ArrayList<>();
            if (text != null) {
                for (String part : text.split(";", -1)) {
                    Integer year = birthYear(part.strip(), receivedOn);
                    if (year != null) {
                        years.add(year);
                    }
                }
            }
            return years;
        }

        /** A claim may be made during pregnancy, hence a birth up to the year after the claim was received. */
        private Integer birthYear(String text, LocalDate receivedOn) {
            if (!YEAR.matcher(text).matches()) {
                return fail(Column.CHILD_BIRTH_YEARS, "expected four-digit years separated by ';', such as "
                        + "2019;2021, but found \"" + text + "\"");
            }
            int year = Integer.parseInt(text);
            if (year < FIRST_BIRTH_YEAR || year > today.getYear()) {
                return fail(Column.CHILD_BIRTH_YEARS, "expected a birth year from " + FIRST_BIRTH_YEAR + " to "
                        + today.getYear() + ", but found " + year);
            }
            if (receivedOn != null && year > receivedOn.getYear() + 1) {
                return fail(Column.CHILD_BIRTH_YEARS, "expected a birth year no later than the year after the "
                        + "claim was received (" + (receivedOn.getYear() + 1) + "), but found " + year);
            }
            return year;
        }

        private <T> T fail(Column column, String message) {
            failed.add(column);
            findings.add(new Finding(column, message));
            return null;
        }

        private void inconsistent(Column column, String message) {
            findings.add(new Finding(column, message));
        }

        /** True when the field is blank, as opposed to present or failed: only then is its absence a mistake. */
        private boolean blank(Column column, Object value) {
            return value == null && !failed.contains(column);
        }

        // Consistency checks: a null value means blank or failed, and neither can contradict another field.

        /** Each date is compared with the nearest earlier date given, and the later one is reported. */
        private void checkTimeline(LegacyRow r) {
            List<LocalDate> dates = Arrays.asList(r.receivedOn(), r.notifiedOn(), r.acknowledgedOn(),
                    r.paternityDeterminedOn(), r.supportArrangedOn(), r.closedOn());
            int previous = -1;
            for (int i = 0; i < dates.size(); i++) {
                if (dates.get(i) != null) {
                    if (previous >= 0 && dates.get(i).isBefore(dates.get(previous))) {
                        inconsistent(TIMELINE.get(i), "expected a date no earlier than "
                                + TIMELINE.get(previous).csvName() + " (" + dates.get(previous) + "), but found "
                                + dates.get(i));
                    }
                    previous = i;
                }
            }
        }

        private void checkStatus(LegacyRow r) {
            if (r.status() == ClaimStatus.ON_HOLD) {
                inconsistent(Column.STATUS, "ON_HOLD cannot be imported, because the import cannot know which "
                        + "status the claim should resume in; expected the status the claim had before it was held");
            }
            if (r.status() == ClaimStatus.OUTCOME_REPORTED) {
                inconsistent(Column.STATUS, "OUTCOME_REPORTED cannot be imported, because the legacy register holds"
                        + " no report waiting for confirmation; expected the status before the report or the confirmed"
                        + " outcome");
            }
            if (isMemberStateStep(r.status()) && r.personnelCategory() != null
                    && r.personnelCategory().route() != Route.MEMBER_STATE) {
                inconsistent(Column.STATUS, "expected a status of the UN route, since personnel category "
                        + r.personnelCategory() + " is not the Member State's to deal with, but found " + r.status());
            }
        }

        private void checkNotification(LegacyRow r) {
            if (r.status() == ClaimStatus.ACKNOWLEDGED && blank(Column.ACKNOWLEDGED_ON, r.acknowledgedOn())) {
                inconsistent(Column.ACKNOWLEDGED_ON, "a date is required when status is ACKNOWLEDGED");
            }
            if (blank(Column.NOTIFIED_ON, r.notifiedOn())) {
                if (isMemberStateStep(r.status())) {
                    inconsistent(Column.NOTIFIED_ON, "a date is required when status is " + r.status());
                } else if (r.acknowledgedOn() != null) {
                    inconsistent(Column.NOTIFIED_ON, "a date is required when acknowledged_on is given, "
                            + "since a Member State can acknowledge only a notification");
                }
            }
        }

        private static boolean isMemberStateStep(ClaimStatus status) {
            return status == ClaimStatus.NOTIFIED || status == ClaimStatus.ACKNOWLEDGED;
        }

        private void checkPaternity(LegacyRow r) {
            PaternityOutcome outcome = r.paternityOutcome();
            if (outcome == null) {
                return;
            }
            if (outcome != PaternityOutcome.UNDETERMINED
                    && blank(Column.PATERNITY_DETERMINED_ON, r.paternityDeterminedOn())) {
                inconsistent(Column.PATERNITY_DETERMINED_ON, "a date is required when paternity_outcome is "
                        + outcome);
            }
            if (outcome == PaternityOutcome.UNDETERMINED && r.paternityDeterminedOn() != null) {
                inconsistent(Column.PATERNITY_DETERMINED_ON, "expected no date while paternity_outcome is "
                        + "UNDETERMINED");
            }
            Set<PaternityOutcome> expected = outcomesFor(r.status());
            if (!expected.contains(outcome)) {
                inconsistent(Column.PATERNITY_OUTCOME, "expected " + expected.stream().map(Enum::name)
                        .collect(Collectors.joining(" or ")) + " when status is " + r.status() + ", but found "
                        + outcome);
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

        private void checkSupport(LegacyRow r) {
            if (r.status() == ClaimStatus.SUPPORT_ARRANGED
                    && blank(Column.SUPPORT_ARRANGED_ON, r.supportArrangedOn())) {
                inconsistent(Column.SUPPORT_ARRANGED_ON, "a date is required when status is SUPPORT_ARRANGED");
            }
            if (r.supportArrangedOn() != null && r.paternityOutcome() != null
                    && r.paternityOutcome() != PaternityOutcome.ESTABLISHED) {
                inconsistent(Column.SUPPORT_ARRANGED_ON, "expected no date unless paternity_outcome is ESTABLISHED, "
                        + "since support follows established paternity, but paternity_outcome is "
                        + r.paternityOutcome());
            }
        }

        /** Status CLOSED, a closure reason and a closing date go together; each one out of step is reported. */
        private void checkClosure(LegacyRow r) {
            if (r.status() != null) {
                checkClosedAlike(Column.CLOSURE_REASON, r.closureReason(), r.status());
                checkClosedAlike(Column.CLOSED_ON, r.closedOn(), r.status());
            }
            if (r.closureReason() == ClosureReason.RESOLVED) {
                checkResolved(r);
            }
            if (r.closureReason() == ClosureReason.PATERNITY_EXCLUDED && r.paternityOutcome() != null
                    && r.paternityOutcome() != PaternityOutcome.EXCLUDED) {
                inconsistent(Column.CLOSURE_REASON, "PATERNITY_EXCLUDED expects paternity_outcome EXCLUDED, "
                        + "but found " + r.paternityOutcome());
            }
        }

        private void checkClosedAlike(Column column, Object value, ClaimStatus status) {
            if (status == ClaimStatus.CLOSED && blank(column, value)) {
                inconsistent(column, "a value is required when status is CLOSED");
            }
            if (status != ClaimStatus.CLOSED && value != null) {
                inconsistent(column, "expected no value unless status is CLOSED, but status is " + status);
            }
        }

        /** A paternity-only claim is resolved by establishing paternity; the others also need support arranged. */
        private void checkResolved(LegacyRow r) {
            if (r.paternityOutcome() != null && r.paternityOutcome() != PaternityOutcome.ESTABLISHED) {
                inconsistent(Column.CLOSURE_REASON, "RESOLVED expects paternity_outcome ESTABLISHED, but found "
                        + r.paternityOutcome());
            }
            if (r.claimType() != null && r.claimType().needsSupport()
                    && blank(Column.SUPPORT_ARRANGED_ON, r.supportArrangedOn())) {
                inconsistent(Column.CLOSURE_REASON, "RESOLVED expects support_arranged_on for a claim of type "
                        + r.claimType() + ", since only a PATERNITY claim is resolved without support");
            }
        }
    }
}
