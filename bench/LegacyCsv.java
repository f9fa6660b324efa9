import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a legacy register export of N claims to standard output, in the format the import takes (bench/README.md),
 * for measuring the import at volume. Every row passes the import's checks against an empty register: histories
 * follow the lifecycle, dates never lie in the future, missions and States exist in the reference data. Half the
 * rows give their own reference (PC-<year>-<n>, n unique from FIRST, by default 100000), half leave it to the
 * register. The same arguments always give the same file; files with a different FIRST can go into one register.
 *
 *   java bench/LegacyCsv.java N [SEED [FIRST]] > legacy.csv
 *   curl -u vra.admin:Demo-2026-pass -H 'Content-Type: text/csv' --data-binary @legacy.csv \
 *        http://localhost:8080/claims/api/imports                    (against the running application)
 *
 * bench/benchmark.sh times the legacy import at volume.
 */
public final class LegacyCsv {

    private static final String HEADER = "reference,received_on,claim_type,mission,allegation_reference,"
            + "personnel_category,member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,"
            + "paternity_determined_on,support_arranged_on,closed_on,child_birth_years,claimant_name";
    private static final List<String> MISSIONS = List.of("MONUSCO", "MINUSTAH", "MINUSCA", "UNMISS", "UNMIL",
            "UNIFIL", "MINUSMA", "UNAMID", "UNOCI", "MONUC");
    private static final List<String> STATES = List.of("NPL", "BGD", "URY", "PAK", "IND", "RWA", "ETH", "GHA",
            "SEN", "ZAF", "FRA", "BRA");
    private static final List<String> UNIFORMED = List.of("MILITARY_CONTINGENT", "MILITARY_OBSERVER",
            "FORMED_POLICE_UNIT", "INDIVIDUAL_POLICE");
    private static final List<String> CIVILIAN = List.of("CIVILIAN", "UN_VOLUNTEER", "CONTRACTOR");
    private static final List<String> NAMES = List.of("Amina", "Marie", "Grace", "Fatou", "Josiane", "Esther",
            "Nadège", "Awa", "Claudine", "Rose");
    private static final LocalDate FIRST = LocalDate.of(2004, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay());

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 2026);
        int first = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), 1 << 16));
        out.print(HEADER + "\r\n");
        for (int i = 0; i < count; i++) {
            out.print(row(i, first, random) + "\r\n");
        }
        out.flush();
    }

    /** One claim: a route, then as many milestones as its stage needs, each some weeks after the one before. */
    private static String row(int i, int first, Random random) {
        LocalDate received = FIRST.plusDays(random.nextInt(DAYS));
        boolean uniformed = random.nextInt(4) > 0;
        String category = pick(uniformed ? UNIFORMED : CIVILIAN, random);
        String state = uniformed || random.nextBoolean() ? pick(STATES, random) : "";
        String type = pick(List.of("PATERNITY", "CHILD_SUPPORT", "PATERNITY_AND_CHILD_SUPPORT"), random);
        int stage = random.nextInt(8);
        LocalDate day = received;
        LocalDate notified = null;
        LocalDate acknowledged = null;
        if (uniformed && stage >= 1) {
            notified = day = later(day, random);
            if (stage >= 2) {
                acknowledged = day = later(day, random);
            }
        }
        String status = uniformed ? (stage == 0 ? "RECEIVED" : stage == 1 ? "NOTIFIED" : "ACKNOWLEDGED") : "RECEIVED";
        String outcome = "UNDETERMINED";
        LocalDate determined = null;
        LocalDate support = null;
        LocalDate closed = null;
        String reason = "";
        if (stage == 3) {
            status = "DNA_TESTING";
        } else if (stage >= 4) {
            determined = day = later(day, random);
            outcome = stage == 4 ? "EXCLUDED" : "ESTABLISHED";
            status = stage == 4 ? "PATERNITY_EXCLUDED" : "PATERNITY_ESTABLISHED";
            if (stage >= 6) {
                support = day = later(day, random);
                status = "SUPPORT_ARRANGED";
            }
            if (stage == 7 || stage == 4 && random.nextBoolean()) {
                closed = later(day, random);
                status = "CLOSED";
                reason = stage == 4 ? "PATERNITY_EXCLUDED" : "RESOLVED";
            }
        }
        String reference = i % 2 == 0 ? String.format("PC-%d-%d", received.getYear(), first + i / 2) : "";
        int born = received.getYear() - random.nextInt(3);
        return String.join(",", reference, received.toString(), type, pick(MISSIONS, random),
                "SEA-" + received.getYear() + "-" + (i % 997), category, state, status, outcome, reason,
                text(notified), text(acknowledged), text(determined), text(support), text(closed),
                random.nextInt(5) == 0 ? born + ";" + (born + 1) : String.valueOf(born),
                "\"" + pick(NAMES, random) + " " + (char) ('A' + random.nextInt(26)) + ".\"");
    }

    private static LocalDate later(LocalDate day, Random random) {
        LocalDate next = day.plusDays(7 + random.nextInt(120));
        return next.isAfter(LocalDate.of(2025, 12, 31)) ? day : next;
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
