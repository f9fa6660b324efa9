package un.vra.claims.metrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.Pending;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.WhoseTurn;

/**
 * The measures of the domain ({@link Pending}, {@link AgeBand}, {@link WhoseTurn}, {@link TimeStandards}) as SQL
 * over a row that has the claim's columns ({@code status}, {@code paternity_outcome}, {@code route},
 * {@code received_on}, {@code next_step}, {@code next_step_since}): {@code claim} or {@code claim_state_period}.
 * Every constant is an enum's name and every day a parameter, so no user input reaches the text.
 */
public final class MeasureSql {

    private MeasureSql() {}

    /** The row {@code alias} is pending: neither closed nor with paternity determined. */
    public static String pending(String alias) {
        return alias + ".status IN (" + names(Pending.STATUSES) + ") AND " + alias + ".paternity_outcome IN ("
                + names(Pending.OUTCOMES) + ")";
    }

    /** The ordinal of the age band of the row {@code alias} on the as-of day, bounds given as parameters. */
    static String ageBand(NativeSql sql, String alias, LocalDate asOf) {
        StringBuilder band = new StringBuilder("CASE");
        AgeBand[] bands = AgeBand.values();
        for (AgeBand each : bands) {
            LocalDate after = each.receivedAfter(asOf);
            if (after != null) {
                band.append(" WHEN ")
                        .append(alias)
                        .append(".received_on > ")
                        .append(sql.day(after))
                        .append(" THEN ")
                        .append(each.ordinal());
            }
        }
        return band.append(" ELSE ")
                .append(bands[bands.length - 1].ordinal())
                .append(" END")
                .toString();
    }

    /** The row {@code alias}, on {@code route}, waits for {@code turn}. */
    static String inTurn(String alias, WhoseTurn turn, Route route) {
        return alias + ".status IN (" + names(turn.statuses(route)) + ")";
    }

    /** The SQL expression of the row {@code alias} that a breakdown groups by. */
    static String dimension(MetricsDimension by, String alias) {
        return switch (by) {
            case MEMBER_STATE ->
                "CASE WHEN " + alias + ".route = '" + Route.MEMBER_STATE.name() + "' THEN " + alias
                        + ".member_state END";
            case MISSION -> alias + ".mission";
            case CATEGORY -> alias + ".personnel_category";
            case YEAR -> "YEAR(" + alias + ".received_on)";
            case HOST_COUNTRY -> hostCountry(alias + ".mission");
        };
    }

    /** The code of the country hosting the mission whose code is the SQL expression {@code mission}. */
    static String hostCountry(String mission) {
        return "(SELECT hc.host_country_code FROM mission hc WHERE hc.code = " + mission + ")";
    }

    /** The day the next step of the claim {@code alias} is due, for the steps that have a standard. */
    static String dueOn(TimeStandards standards, String alias) {
        return dueOn(standards.byStep(), alias);
    }

    /** The day the next step of the claim {@code alias} is due, for the steps of {@code standards}. */
    static String dueOn(Map<NextStep, Integer> standards, String alias) {
        String days = standards.entrySet().stream()
                .map(entry -> "WHEN '" + entry.getKey().name() + "' THEN " + entry.getValue())
                .collect(Collectors.joining(" ", "CASE " + alias + ".next_step ", " END"));
        return "DATE_ADD(" + alias + ".next_step_since, INTERVAL " + days + " DAY)";
    }

    /** The next step of the claim {@code alias} has a time standard. */
    static String hasStandard(TimeStandards standards, String alias) {
        return alias + ".next_step IN (" + names(standards.byStep().keySet()) + ")";
    }

    /** The enum constants' names as a list of SQL string literals; names are identifiers, never user input. */
    public static String names(Collection<? extends Enum<?>> constants) {
        return constants.stream()
                .map(constant -> "'" + constant.name() + "'")
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
