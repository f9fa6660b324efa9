package un.vra.claims.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-count suppression of a public table (DOMAIN.md, "Measures": no one may be identified from it).
 *
 * <p>The table has three directions: years, areas (States or missions) and measures. It carries every sum a
 * reader can use: each year's total over the areas, each area's total over the years, and the claims as the sum
 * of the four parts. Primary suppression hides every count from 1 to 4 ("fewer than 5"). A reader who knows that
 * such a cell lies between 1 and 4, that any other hidden cell is at least 5, and every sum, could still work a
 * hidden cell out; hiding one more cell in each line (the rule of thumb) was tried and is not enough when small
 * counts are many.
 *
 * <p>Complementary suppression therefore follows the hypercube method: each small count is made a corner of a box
 * of hidden cells, two years by two areas by two parts (a direction of one year, area or part takes its total as
 * the other side), such that adding one to the corners of one sign and taking one from the others keeps every sum
 * and every cell within what the reader knows of it. Such a second table is as consistent as the true one, so the
 * reader cannot tell the small count from a neighbour value. Of all the boxes around a small count, the one whose
 * newly hidden cells add up to least is chosen; zeros are never hidden (they identify nobody and cannot move).
 *
 * <p>A reader knows a "fewer than 5" lies from 1 to 4 and a withheld cell is at least 1. Where every box would
 * push a total of 4 past "fewer than 5", the box's other small cells are shown as withheld instead, which lets them
 * move; the box of a cell and its totals always can, so every small count is protected.
 */
public final class SmallCountSuppression {

    private static final PublicMeasure[] MEASURES = PublicMeasure.values();

    private final List<Integer> years = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();
    private final Map<Integer, Integer> yearIndex = new HashMap<>();
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final long[][][] counts;
    private final Suppression[][][] suppression;

    private SmallCountSuppression(List<Figure> figures) {
        TreeSet<Integer> yearSet = new TreeSet<>();
        TreeSet<String> areaSet = new TreeSet<>();
        for (Figure figure : figures) {
            yearSet.add(figure.year());
            areaSet.add(figure.area());
        }
        years.addAll(yearSet);
        years.add(PublicTable.ALL_YEARS);
        areas.addAll(areaSet);
        areas.add(PublicTable.ALL_AREAS);
        for (int i = 0; i < years.size(); i++) {
            yearIndex.put(years.get(i), i);
        }
        for (int i = 0; i < areas.size(); i++) {
            areaIndex.put(areas.get(i), i);
        }
        counts = new long[years.size()][areas.size()][MEASURES.length];
        suppression = new Suppression[years.size()][areas.size()][MEASURES.length];
        int lastYear = years.size() - 1;
        int lastArea = areas.size() - 1;
        for (Figure figure : figures) {
            int y = yearIndex.get(figure.year());
            int a = areaIndex.get(figure.area());
            for (PublicMeasure measure : MEASURES) {
                long count = figure.count(measure);
                int m = measure.ordinal();
                counts[y][a][m] += count;
                counts[y][lastArea][m] += count;
                counts[lastYear][a][m] += count;
                counts[lastYear][lastArea][m] += count;
            }
        }
    }

    /** The table of {@code figures}, one per year and area at most, with its totals, suppressed. */
    public static PublicTable apply(List<Figure> figures) {
        return of(figures).suppress(Set.of());
    }

    /** The table of {@code figures} with its totals, not yet suppressed. */
    static SmallCountSuppression of(List<Figure> figures) {
        return new SmallCountSuppression(figures);
    }

    /** Every cell of the table, totals included. */
    Set<CellKey> cells() {
        Set<CellKey> cells = new HashSet<>();
        for (int year : years) {
            for (String area : areas) {
                for (PublicMeasure measure : MEASURES) {
                    cells.add(new CellKey(year, area, measure));
                }
            }
        }
        return cells;
    }

    /** The raw count of a cell; 0 for a year or area the table does not have. */
    long count(CellKey cell) {
        Integer y = yearIndex.get(cell.year());
        Integer a = areaIndex.get(cell.area());
        return y == null || a == null ? 0 : counts[y][a][cell.measure().ordinal()];
    }

    /**
     * The table suppressed: every count from 1 to 4 and every non-zero cell of {@code alsoProtect} (a revision
     * small enough to count a few claims) hidden and protected.
     */
    PublicTable suppress(Set<CellKey> alsoProtect) {
        boolean[][][] protect = new boolean[years.size()][areas.size()][MEASURES.length];
        for (int y = 0; y < years.size(); y++) {
            for (int a = 0; a < areas.size(); a++) {
                for (int m = 0; m < MEASURES.length; m++) {
                    long count = counts[y][a][m];
                    boolean asked = alsoProtect.contains(new CellKey(years.get(y), areas.get(a), MEASURES[m]));
                    suppression[y][a][m] = count >= 1 && count <= 4
                            ? Suppression.FEWER_THAN_FIVE
                            : asked && count > 0 ? Suppression.COMPLEMENTARY : Suppression.NONE;
                    protect[y][a][m] = suppression[y][a][m] != Suppression.NONE;
                }
            }
        }
        protectEach(protect);
        return result();
    }

    private void protectEach(boolean[][][] protect) {
        boolean[][][] safe = new boolean[years.size()][areas.size()][MEASURES.length];
        for (int y = 0; y < years.size(); y++) {
            for (int a = 0; a < areas.size(); a++) {
                for (int m = 0; m < MEASURES.length; m++) {
                    if (protect[y][a][m] && !safe[y][a][m]) {
                        Box box = cheapestBox(new int[] {y, a, m}, false);
                        (box == null ? cheapestBox(new int[] {y, a, m}, true) : box).hide(safe);
                    }
                }
            }
        }
    }

    /**
     * The box around {@code cell} whose newly hidden cells add up to least, or null if none can move; with
     * {@code withholdSmall}, the box's other small counts may be shown as withheld.
     */
    private Box cheapestBox(int[] cell, boolean withholdSmall) {
        int[] lastInterior = {years.size() - 2, areas.size() - 2, MEASURES.length - 1};
        int[] margin = {years.size() - 1, areas.size() - 1, PublicMeasure.CLAIMS.ordinal()};
        int[][] sides = new int[3][];
        for (int d = 0; d < 3; d++) {
            sides[d] = movable(cell, d, sides(cell[d], margin[d], d == 2 ? 1 : 0, lastInterior[d]));
        }
        Box best = null;
        for (int first : sides[0]) {
            for (int second : sides[1]) {
                if (counts[first][second][cell[2]] == 0) {
                    continue;
                }
                for (int third : sides[2]) {
                    if (counts[first][cell[1]][third] == 0
                            || counts[cell[0]][second][third] == 0
                            || counts[first][second][third] == 0) {
                        continue;
                    }
                    for (int sign : new int[] {1, -1}) {
                        Box box = new Box(cell, margin, new int[] {first, second, third}, sign, withholdSmall);
                        if (box.canMove() && (best == null || box.cost() < best.cost())) {
                            best = box;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * Of the other {@code sides} in direction {@code d}, those whose cell beside {@code cell} is not zero: a box with
     * a zero corner cannot move ({@link Box#canMove}), so the search skips them, and with them most of a sparse
     * table's boxes (193 States over 20 years took 90 s a table without this); {@link #cheapestBox} skips the boxes
     * with another zero corner before it builds them, likewise.
     */
    private int[] movable(int[] cell, int d, int[] sides) {
        int[] at = cell.clone();
        int n = 0;
        int[] kept = new int[sides.length];
        for (int side : sides) {
            at[d] = side;
            if (count(at) != 0) {
                kept[n++] = side;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /**
     * The other sides a box can take in one direction from {@code index}: another interior index (a span), or
     * the margin (the direction is fixed, and its total moves with the cell). A cell on the margin has no span:
     * its other side is any interior index, which moves with it.
     */
    private static int[] sides(int index, int margin, int firstInterior, int lastInterior) {
        int[] sides = new int[lastInterior - firstInterior + 1];
        int n = 0;
        for (int other = firstInterior; other <= lastInterior; other++) {
            if (other != index) {
                sides[n++] = other;
            }
        }
        if (index != margin) {
            sides[n++] = margin;
        }
        return Arrays.copyOf(sides, n);
    }

    /**
     * Eight cells that move together: in each direction the cell's own index and its other side. Where the other
     * side is an interior index the two move in opposite senses (the sum is kept); where it is the margin they
     * move in the same sense (the total follows its part).
     */
    private final class Box {

        private final int[][] cells = new int[8][];
        private final int[] senses = new int[8];
        private final boolean withholdSmall;

        Box(int[] cell, int[] margin, int[] other, int sign, boolean withholdSmall) {
            this.withholdSmall = withholdSmall;
            for (int corner = 0; corner < 8; corner++) {
                int[] at = new int[3];
                int sense = sign;
                for (int d = 0; d < 3; d++) {
                    boolean otherSide = (corner >> d & 1) == 1;
                    at[d] = otherSide ? other[d] : cell[d];
                    boolean spans = other[d] != margin[d] && cell[d] != margin[d];
                    if (otherSide && spans) {
                        sense = -sense;
                    }
                }
                cells[corner] = at;
                senses[corner] = sense;
            }
        }

        /** Every cell can move one step in its sense and stay within what a reader knows of it once hidden. */
        boolean canMove() {
            for (int i = 0; i < 8; i++) {
                long value = count(cells[i]);
                boolean small = fewerThanFive(i);
                if (value == 0 || (senses[i] > 0 ? small && value == 4 : value == 1)) {
                    return false;
                }
            }
            return true;
        }

        /** The cell will read "fewer than 5" (the box's own small count always does). */
        private boolean fewerThanFive(int corner) {
            int[] at = cells[corner];
            return suppression[at[0]][at[1]][at[2]] == Suppression.FEWER_THAN_FIVE && (corner == 0 || !withholdSmall);
        }

        long cost() {
            long cost = 0;
            for (int[] cell : cells) {
                if (suppression[cell[0]][cell[1]][cell[2]] == Suppression.NONE) {
                    cost += count(cell);
                }
            }
            return cost;
        }

        void hide(boolean[][][] safe) {
            for (int i = 0; i < 8; i++) {
                int[] cell = cells[i];
                if (suppression[cell[0]][cell[1]][cell[2]] == Suppression.NONE || !fewerThanFive(i)) {
                    suppression[cell[0]][cell[1]][cell[2]] = Suppression.COMPLEMENTARY;
                }
                safe[cell[0]][cell[1]][cell[2]] = true;
            }
        }
    }

    private long count(int[] cell) {
        return counts[cell[0]][cell[1]][cell[2]];
    }

    private PublicTable result() {
        List<PublicRow> rows = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            for (int a = 0; a < areas.size(); a++) {
                Map<PublicMeasure, PublicCell> cells = new EnumMap<>(PublicMeasure.class);
                for (PublicMeasure measure : MEASURES) {
                    int m = measure.ordinal();
                    cells.put(measure, PublicCell.of(counts[y][a][m], suppression[y][a][m]));
                }
                rows.add(new PublicRow(years.get(y), areas.get(a), cells));
            }
        }
        return new PublicTable(rows);
    }
}
