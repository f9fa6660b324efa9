package un.vra.claims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

class ExportFormatTest {

    @Test
    void parsingIgnoresCaseAndSurroundingSpace() {
        assertEquals(ExportFormat.CSV, ExportFormat.parse("csv"));
        assertEquals(ExportFormat.XLSX, ExportFormat.parse(" Xlsx "));
        assertEquals(ExportFormat.PDF, ExportFormat.parse("PDF"));
    }

    @Test
    void anUnknownOrMissingFormatIsInvalidInputOnTheFormatField() {
        for (String text : new String[] {"xls", "", null}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ExportFormat.parse(text));
            assertEquals("format", refused.field());
            assertEquals(ErrorCode.VALIDATION, refused.code());
        }
    }

    @Test
    void eachFormatAnnouncesItsMediaTypeAndExtension() {
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.mediaType());
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.XLSX.mediaType());
        assertEquals("application/pdf", ExportFormat.PDF.mediaType());
        assertEquals("xlsx", ExportFormat.XLSX.extension());
    }

    @Test
    void aFileNameKeepsOnlyCharactersSafeInAHeader() {
        assertEquals("claims-2026-11-26.csv", ExportFormat.CSV.fileName("claims 2026-11-26"));
        assertEquals("Reclamations-Goma.pdf", ExportFormat.PDF.fileName("Réclamations Goma\"\r\n"));
        assertEquals("export.xlsx", ExportFormat.XLSX.fileName("../"));
        assertEquals("export.xlsx", ExportFormat.XLSX.fileName(null));
    }
}
