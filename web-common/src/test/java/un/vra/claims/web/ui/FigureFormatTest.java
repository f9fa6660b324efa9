package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

    private final FigureFormat english = new FigureFormat(Locale.ENGLISH, "—");

    @Test
    void sharesArePercentagesToOneDecimalAndMissingFiguresAreShownAsNone() {
        assertEquals("37.5%", english.share(0.375));
        assertEquals("100%", english.share(1.0));
        assertEquals("—", english.share(null));
        assertEquals("—", english.number(null));
        assertEquals("1,234", english.number(1234L));
        assertEquals("318.5", english.number(318.5));
    }

    @Test
    void tableCellsShowDoublesAsSharesCountsAsNumbersAndLabelsAsTheyAre() {
        assertEquals("50%", english.cell(0.5));
        assertEquals("12", english.cell(12L));
        assertEquals("NPL", english.cell("NPL"));
    }

    @Test
    void frenchWritesTheDecimalCommaAndTheSpaceBeforeThePercentSign() {
        String share = new FigureFormat(Locale.FRENCH, "—").share(0.375);
        assertEquals("37,5 %", share.replace('\u00a0', ' ').replace('\u202f', ' '));
    }
}
