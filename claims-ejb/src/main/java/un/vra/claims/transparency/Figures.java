package un.vra.claims.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.Pending;
import un.vra.claims.metrics.YearlyCountRepository;

/**
 * The public measures of grouped claims (DOMAIN.md, "Measures"): established and excluded by their outcome,
 * pending as the register counts it (with the State on its route, with the UN on the UN's), and the rest (closed
 * without a determination) as other, so that the four add up to the claims.
 */
final class Figures {

    /** The area of claims that name no mission in the table by mission. */
    static final String NO_MISSION = "NONE";

    private Figures() {}

    static List<Figure> of(List<YearlyCountRepository.Group> groups, PublicBreakdown by) {
        Map<String, long[]> parts = new TreeMap<>();
        for (YearlyCountRepository.Group group : groups) {
            String area = group.key() != null
                    ? group.key()
                    : by == PublicBreakdown.MEMBER_STATE ? Figure.UN_ROUTE : NO_MISSION;
            long[] row = parts.computeIfAbsent(group.year() + "|" + area, key -> new long[4]);
            row[part(group)] += group.count();
        }
        List<Figure> figures = new ArrayList<>();
        parts.forEach((key, row) -> {
            int bar = key.indexOf('|');
            figures.add(Figure.of(
                    Integer.parseInt(key.substring(0, bar)), key.substring(bar + 1), row[0], row[1], row[2], row[3]));
        });
        return figures;
    }

    private static int part(YearlyCountRepository.Group group) {
        if (group.outcome() == PaternityOutcome.ESTABLISHED) {
            return 0;
        }
        if (group.outcome() == PaternityOutcome.EXCLUDED) {
            return 1;
        }
        return Pending.is(group.status(), group.outcome()) ? 2 : 3;
    }
}
