package un.vra.claims.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

    /**
     * Built to tempt a reader: Burundi's one claim of 2020 is its only claim (its total over the years would give
     * it away), Chad has one excluded claim beside 40 established (the row's sum would give it away), and 2021 has
     * one small State among large ones (the year's total would give it away).
     */
    private static final List<Figure> TEMPTING = List.of(
            Figure.of(2020, "BDI", 1, 0, 0, 0),
            Figure.of(2020, "TCD", 40, 1, 12, 0),
            Figure.of(2020, "NPL", 8, 6, 9, 5),
            Figure.of(2021, "NPL", 7, 5, 20, 6),
            Figure.of(2021, "TCD", 11, 9, 3, 0),
            Figure.of(2021, "ZAF", 0, 0, 2, 0));

    @Test
    void noCountFromOneToFourIsShown() {
        for (PublicRow row : SmallCountSuppression.apply(TEMPTING).rows()) {
            for (PublicMeasure measure : PublicMeasure.values()) {
                PublicCell cell = row.cell(measure);
                if (cell.shown()) {
                    assertTrue(cell.count() == 0 || cell.count() > 4, row.year() + " " + row.area() + " " + measure);
                }
            }
        }
    }

    @Test
    void noSmallCountCanBeWorkedOutFromTheSums() {
        PublicTable table = SmallCountSuppression.apply(TEMPTING);
        Disclosure reader = new Disclosure(table);
        assertFalse(reader.smallCells().isEmpty());
        for (Object small : reader.smallCells()) {
            assertTrue(reader.possibleValues(small).size() > 1, "values of " + small);
        }
    }

    @Test
    void withoutComplementarySuppressionTheReaderWouldFindBurundisClaim() {
        PublicTable table = SmallCountSuppression.apply(TEMPTING);
        PublicRow burundiAllYears = table.row(PublicTable.ALL_YEARS, "BDI");
        assertFalse(burundiAllYears.cell(PublicMeasure.CLAIMS).shown());
        PublicRow chad2020 = table.row(2020, "TCD");
        assertEquals(
                Suppression.FEWER_THAN_FIVE,
                chad2020.cell(PublicMeasure.EXCLUDED).suppression());
        long hiddenBesideIt = PublicMeasure.values().length
                - chad2020.cells().values().stream().filter(PublicCell::shown).count();
        assertTrue(hiddenBesideIt > 1);
    }

    @Test
    void largeCountsZerosAndTotalsAreShownAndRatesOnlyBesideShownCounts() {
        PublicTable table = SmallCountSuppression.apply(TEMPTING);
        PublicRow chad = table.row(PublicTable.ALL_YEARS, "TCD");
        assertEquals(76L, chad.cell(PublicMeasure.CLAIMS).count());
        assertEquals(51L, chad.cell(PublicMeasure.ESTABLISHED).count());
        assertEquals("80.3", chad.resolutionRate().toPlainString());
        assertEquals(
                145L,
                table.row(PublicTable.ALL_YEARS, PublicTable.ALL_AREAS)
                        .cell(PublicMeasure.CLAIMS)
                        .count());
        PublicRow chad2020 = table.row(2020, "TCD");
        assertNull(chad2020.resolutionRate());
        assertEquals(0L, chad2020.cell(PublicMeasure.OTHER).count());
    }

    @Test
    void randomTablesNeverLeaveASmallCountAlone() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 40; round++) {
            List<Figure> figures = new ArrayList<>();
            for (int year = 2019; year < 2019 + 1 + random.nextInt(3); year++) {
                for (String state : List.of("BEN", "NPL", "TCD").subList(0, 1 + random.nextInt(3))) {
                    figures.add(Figure.of(year, state, small(random), small(random), small(random), small(random)));
                }
            }
            Disclosure reader = new Disclosure(SmallCountSuppression.apply(figures));
            for (Object small : reader.smallCells()) {
                assertTrue(reader.possibleValues(small).size() > 1, "round " + round + ", " + small + " of " + figures);
            }
        }
    }

    private static long small(Random random) {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(9);
    }
}
