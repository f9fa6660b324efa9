package un.vra.claims.transparency;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import un.vra.claims.shared.Languages;

/**
 * What a reader of the public table reads in each cell and heading, in the reader's language: one place for the
 * page and the CSV file, so that "fewer than 5" reads the same in both.
 */
public final class PublicLabels {

    /** How many rules the texts number ({@code public.rule1} ...). */
    private static final int RULES = 6;

    private final ResourceBundle texts;
    private final PublishedFigures figures;

    /** The reader's language, the texts' ({@code ""} for the English base texts). */
    private final String language;

    public PublicLabels(ResourceBundle texts, PublishedFigures figures) {
        this.texts = texts;
        this.figures = figures;
        this.language = texts.getLocale().getLanguage();
    }

    /** The rules the public table is made by, as the page and the API list them. */
    public static List<String> rules(ResourceBundle texts) {
        return IntStream.rangeClosed(1, RULES)
                .mapToObj(i -> texts.getString("public.rule" + i))
                .toList();
    }

    public String year(int year) {
        return year == PublicTable.ALL_YEARS ? texts.getString("public.allYears") : String.valueOf(year);
    }

    public String area(String area) {
        boolean byState = figures.breakdown() == PublicBreakdown.MEMBER_STATE;
        if (PublicTable.ALL_AREAS.equals(area)) {
            return texts.getString(byState ? "public.allStates" : "public.allMissions");
        }
        if (byState && Figure.UN_ROUTE.equals(area)) {
            return texts.getString("public.unRoute");
        }
        if (Figures.NO_MISSION.equals(area)) {
            return texts.getString("public.noMission");
        }
        String english = figures.names().get(area);
        if (english == null) {
            return area;
        }
        if (byState) {
            return Languages.stateName(area, english, language);
        }
        // A mission's name is English in the reference data; its acronym is the one the UN writes in every language.
        return Languages.ENGLISH.equals(Languages.orEnglish(language)) ? english : area;
    }

    /** A count, "fewer than 5" or "withheld"; empty where the table has no such row. */
    public String cell(PublicRow row, PublicMeasure measure) {
        if (row == null) {
            return "";
        }
        PublicCell cell = row.cell(measure);
        return switch (cell.suppression()) {
            case NONE -> String.valueOf(cell.count());
            case FEWER_THAN_FIVE -> texts.getString("public.fewerThanFive");
            case COMPLEMENTARY -> texts.getString("public.withheld");
        };
    }

    /**
     * The resolution rate in percent, written as the reader's language writes numbers (12,5 % in French), or a dash
     * where it would reveal a hidden count.
     */
    public String rate(PublicRow row) {
        BigDecimal rate = row == null ? null : row.resolutionRate();
        if (rate == null) {
            return "\u2014";
        }
        NumberFormat number = NumberFormat.getNumberInstance(Languages.locale(language));
        number.setMinimumFractionDigits(rate.scale());
        return number.format(rate) + " %";
    }

    public String measure(PublicMeasure measure) {
        return texts.getString("public.measure." + measure.name());
    }
}
