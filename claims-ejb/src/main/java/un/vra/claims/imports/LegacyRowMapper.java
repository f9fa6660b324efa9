package un.vra.claims.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Route;

/**
 * The import's second stage: turns one record's fields into typed values, each field on its own. A field that
 * fails its check is reported and stands as null, so that the row is still read whole and every problem is found.
 * It also remembers the references seen so far, since a reference belongs to one row of the file only.
 */
final class LegacyRowMapper {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MISSION_CODE = Pattern.compile("[A-Z0-9-]{2,20}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_BIRTH_YEAR = 1980;
    private static final int MAX_ALLEGATION_REFERENCE = 60;
    private static final int MAX_CLAIMANT_NAME = 200;

    private final LocalDate today;
    private final Map<String, Integer> firstRowOfReference = new HashMap<>();

    /** @param today the date against which "not in the future" is judged, passed in so that results are repeatable */
    LegacyRowMapper(LocalDate today) {
        this.today = today;
    }

    /** The row as typed values; a field that is blank or failed is null, and each failure is in the findings. */
    LegacyRow map(Map<LegacyColumn, String> values, RowFindings findings) {
        Fields fields = new Fields(values, findings);
        LocalDate receivedOn = fields.date(LegacyColumn.RECEIVED_ON);
        PersonnelCategory category = fields.constant(LegacyColumn.PERSONNEL_CATEGORY, PersonnelCategory.class);
        List<Integer> years = fields.birthYears(receivedOn);
        return new LegacyRow(
                findings.row(),
                fields.reference(),
                receivedOn,
                fields.constant(LegacyColumn.CLAIM_TYPE, ClaimType.class),
                fields.mission(),
                fields.bounded(LegacyColumn.ALLEGATION_REFERENCE, MAX_ALLEGATION_REFERENCE),
                category,
                fields.memberState(category),
                fields.constant(LegacyColumn.STATUS, ClaimStatus.class),
                fields.constant(LegacyColumn.PATERNITY_OUTCOME, PaternityOutcome.class),
                fields.constant(LegacyColumn.CLOSURE_REASON, ClosureReason.class),
                fields.date(LegacyColumn.NOTIFIED_ON),
                fields.date(LegacyColumn.ACKNOWLEDGED_ON),
                fields.date(LegacyColumn.PATERNITY_DETERMINED_ON),
                fields.date(LegacyColumn.SUPPORT_ARRANGED_ON),
                fields.date(LegacyColumn.CLOSED_ON),
                years,
                fields.bounded(LegacyColumn.CLAIMANT_NAME, MAX_CLAIMANT_NAME),
                fields.birthDates(years),
                fields.allegationYear(receivedOn));
    }

    /** One row's fields; each check returns the parsed value, or null when the field is blank or failed. */
    private final class Fields {

        private final Map<LegacyColumn, String> values;
        private final RowFindings findings;

        Fields(Map<LegacyColumn, String> values, RowFindings findings) {
            this.values = values;
            this.findings = findings;
        }

        private String value(LegacyColumn column) {
            String value = values.get(column);
            if (value == null && column.required()) {
                return findings.fail(column, "a value is required");
            }
            return value;
        }

        String reference() {
            String text = value(LegacyColumn.REFERENCE);
            if (text == null) {
                return null;
            }
            if (!ClaimReference.isWellFormed(text)) {
                return findings.fail(
                        LegacyColumn.REFERENCE,
                        "expected a claim reference such as PC-2024-0007 (PC-,"
                                + " a year, a dash and 4 to 7 digits), or nothing, but found \"" + text + "\"");
            }
            String reference = text.strip();
            Integer firstRow = firstRowOfReference.putIfAbsent(reference, findings.row());
            if (firstRow != null) {
                return findings.fail(
                        LegacyColumn.REFERENCE,
                        "expected a reference used by one claim only, but " + reference + " is already used on row "
                                + firstRow);
            }
            return reference;
        }

        /** Strictly yyyy-mm-dd: a legacy date such as 2024-3-1 or 01/03/2024 is too easily misread to be guessed. */
        LocalDate date(LegacyColumn column) {
            String text = value(column);
            if (text == null) {
                return null;
            }
            LocalDate date = isoDate(text);
            if (date == null) {
                return findings.fail(
                        column,
                        "expected a real date written yyyy-mm-dd, such as 2024-03-01, but found" + " \"" + text + "\"");
            }
            if (date.isAfter(today)) {
                return findings.fail(column, "expected a date no later than today, " + today + ", but found " + text);
            }
            return date;
        }

        /** Exact constant names only: a close guess at a legal status is worse than asking. */
        <E extends Enum<E>> E constant(LegacyColumn column, Class<E> type) {
            String text = value(column);
            if (text == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            return findings.fail(
                    column,
                    "expected one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")) + ", written exactly so, but found \"" + text
                            + "\"");
        }

        String mission() {
            String text = value(LegacyColumn.MISSION);
            if (text != null && !MISSION_CODE.matcher(text).matches()) {
                return findings.fail(
                        LegacyColumn.MISSION,
                        "expected a mission code of 2 to 20 capital letters, "
                                + "digits or dashes, such as MONUSCO, but found \"" + text + "\"");
            }
            return text;
        }

        /** Uniformed personnel are the Member State's to deal with, so their claims cannot do without it. */
        String memberState(PersonnelCategory category) {
            String text = value(LegacyColumn.MEMBER_STATE);
            if (text == null) {
                return category != null && category.route() == Route.MEMBER_STATE
                        ? findings.fail(
                                LegacyColumn.MEMBER_STATE,
                                "a value is required for personnel category " + category
                                        + ", whose claims go through the Member State")
                        : null;
            }
            if (!COUNTRY_CODE.matcher(text).matches()) {
                return findings.fail(
                        LegacyColumn.MEMBER_STATE,
                        "expected a three-letter country code in capitals, " + "such as NPL, but found \"" + text
                                + "\"");
            }
            return text;
        }

        /** Counts characters as the database does, and never repeats the value, which may be a person's name. */
        String bounded(LegacyColumn column, int maximum) {
            String text = value(column);
            if (text != null && text.codePointCount(0, text.length()) > maximum) {
                return findings.fail(
                        column,
                        "expected at most " + maximum + " characters, but found "
                                + text.codePointCount(0, text.length()));
            }
            return text;
        }

        List<Integer> birthYears(LocalDate receivedOn) {
            String text = value(LegacyColumn.CHILD_BIRTH_YEARS);
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

        /**
         * The children's dates of birth, ';'-separated in the order of their years, an entry left blank where only
         * the year is known ({@code 2019-04-02;} for two children): each in its child's year, and not in the future.
         */
        List<LocalDate> birthDates(List<Integer> years) {
            String text = value(LegacyColumn.CHILD_BIRTH_DATES);
            List<LocalDate> dates = new ArrayList<>();
            if (text == null) {
                return dates;
            }
            String[] parts = text.split(";", -1);
            if (parts.length != years.size()) {
                findings.fail(
                        LegacyColumn.CHILD_BIRTH_DATES,
                        "expected one entry per year of child_birth_years (" + years.size() + "), blank where only"
                                + " the year is known, but found " + parts.length);
                return List.of();
            }
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].strip();
                LocalDate date = part.isEmpty() ? null : isoDate(part);
                if (!part.isEmpty() && (date == null || date.getYear() != years.get(i) || date.isAfter(today))) {
                    findings.fail(
                            LegacyColumn.CHILD_BIRTH_DATES,
                            "expected a date (yyyy-mm-dd) in the year " + years.get(i) + " and not after " + today
                                    + ", but found \"" + part + "\"");
                    return List.of();
                }
                dates.add(date);
            }
            return dates;
        }

        /** An allegation dates from the first peace operation's year to the year the claim was received. */
        Integer allegationYear(LocalDate receivedOn) {
            String text = value(LegacyColumn.ALLEGATION_YEAR);
            if (text == null) {
                return null;
            }
            String year = text.strip();
            int latest = receivedOn == null ? today.getYear() : receivedOn.getYear();
            if (!YEAR.matcher(year).matches()
                    || Integer.parseInt(year) < Claim.FIRST_ALLEGATION_YEAR
                    || Integer.parseInt(year) > latest) {
                return findings.fail(
                        LegacyColumn.ALLEGATION_YEAR,
                        "expected a four-digit year from " + Claim.FIRST_ALLEGATION_YEAR + " to " + latest
                                + " (the year received), but found \"" + text + "\"");
            }
            return Integer.parseInt(year);
        }

        /** A claim may be made during pregnancy, hence a birth up to the year after the claim was received. */
        private Integer birthYear(String text, LocalDate receivedOn) {
            if (!YEAR.matcher(text).matches()) {
                return findings.fail(
                        LegacyColumn.CHILD_BIRTH_YEARS,
                        "expected four-digit years separated by ';', " + "such as 2019;2021, but found \"" + text
                                + "\"");
            }
            int year = Integer.parseInt(text);
            if (year < FIRST_BIRTH_YEAR || year > today.getYear()) {
                return findings.fail(
                        LegacyColumn.CHILD_BIRTH_YEARS,
                        "expected a birth year from " + FIRST_BIRTH_YEAR + " to " + today.getYear() + ", but found "
                                + year);
            }
            if (receivedOn != null && year > receivedOn.getYear() + 1) {
                return findings.fail(
                        LegacyColumn.CHILD_BIRTH_YEARS,
                        "expected a birth year no later than the year " + "after the claim was received ("
                                + (receivedOn.getYear() + 1) + "), but found " + year);
            }
            return year;
        }
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
}
