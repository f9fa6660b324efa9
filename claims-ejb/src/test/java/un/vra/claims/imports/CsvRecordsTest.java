package un.vra.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.imports.CsvRecords.CsvRecord;

class CsvRecordsTest {

    private static List<CsvRecord> read(String text) {
        List<CsvRecord> records = new ArrayList<>();
        CsvRecords.read(text, records::add);
        return records;
    }

    private static List<String> summary(List<CsvRecord> records) {
        return records.stream()
                .map(record -> record.row() + ":"
                        + (record.problem() == null ? String.join("|", record.fields()) : record.problem()))
                .toList();
    }

    @Test
    void readingGoesOnAtTheNextLineAfterTextFollowsAClosingQuote() {
        List<CsvRecord> records = read("a,b\r\n\"x\"y,z\r\n\"m,\nn\",o\r\np,q\n");

        assertEquals(List.of("1:a|b", "2:" + CsvRecords.TEXT_AFTER_QUOTE, "3:m,\nn|o", "4:p|q"), summary(records));
    }

    @Test
    void aBrokenLastLineWithoutItsLineEndEndsTheFile() {
        assertEquals(List.of("1:a|b", "2:" + CsvRecords.TEXT_AFTER_QUOTE), summary(read("a,b\n\"x\"y,z")));
    }

    @Test
    void severalBrokenRecordsAreEachReportedOnceAndTheRowsBetweenThemKeepTheirNumbers() {
        List<CsvRecord> records = read("h,i\n\"a\"b,c\n\n d , e \n x\"y ,z\n\"u\" v,w\nlast,one\n");

        assertEquals(
                List.of(
                        "1:h|i",
                        "2:" + CsvRecords.TEXT_AFTER_QUOTE,
                        "3:d|e",
                        "4:" + CsvRecords.STRAY_QUOTE,
                        "5:" + CsvRecords.TEXT_AFTER_QUOTE,
                        "6:last|one"),
                summary(records));
    }

    @Test
    void aQuotedFieldHoldingQuotesIsNotAStrayQuote() {
        assertEquals(List.of("1:say \"hi\"|, \"there\""), summary(read(" \"say \"\"hi\"\"\" , \", \"\"there\"\"\"\n")));
    }

    @Test
    void aQuoteLeftOpenReportsTheRecordWhereItOpensAndNothingAfter() {
        assertEquals(List.of("1:a|b", "2:" + CsvRecords.NEVER_CLOSED), summary(read("a,b\n\"open,c\nd,e\n")));
    }
}
