package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

/** Exports of the register and of a claim file, read back: filtered, scoped, and safe to open in a spreadsheet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String claimWithAllegation(String allegation, String state) {
        return ApiClient.as("vra.officer")
                .register(ClaimLifecycleIT.FULL_CLAIM
                        .replace("SEA-2024-017", allegation)
                        .replace("\"memberState\":\"NPL\"", "\"memberState\":\"" + state + "\""));
    }

    @Test
    void theFilteredRegisterDownloadsAsCsvWithFormulasNeutralised() throws IOException {
        String tag = "=HYPERLINK(" + System.nanoTime() % 100000000;
        String first = claimWithAllegation(tag + ")", "NPL");
        String second = claimWithAllegation(tag + ")", "NPL");
        String elsewhere = claimWithAllegation("SEA-ELSEWHERE", "NPL");
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            Path file = RegisterPage.shown(browser)
                    .searchFor(tag)
                    .applyFiltersExpecting("Claims: 2")
                    .export("csv");
            String csv = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFFReference,Received,"), csv);
            assertTrue(csv.contains(first) && csv.contains(second), csv);
            assertFalse(csv.contains(elsewhere), "the export is filtered like the page");
            assertTrue(csv.contains("'" + tag + ")"), "a formula is neutralised: " + csv);
            assertFalse(csv.contains("Amina Example"), "no claimant's name in an export");
            assertEquals(3, csv.split("\r\n").length, "a header and two claims");
        }
    }

    @Test
    void theApiExportsXlsxWithTextCellsAndAFocalPointGetsOnlyItsStatesClaims() throws IOException {
        String tag = "SEA-X" + System.nanoTime() % 100000000;
        String nepal = ApiClient.notifiedByAdmin(claimWithAllegation(tag, "NPL"));
        String southAfrica = ApiClient.notifiedByAdmin(claimWithAllegation(tag, "ZAF"));
        HttpResponse<byte[]> xlsx = ApiClient.as("vra.officer")
                .download("/claims/api/claims/export?format=xlsx&q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("claims.xlsx"));
        try (InputStream in = new ByteArrayInputStream(xlsx.body());
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "a header and two claims");
            Row row = sheet.getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertTrue(row.getCell(0).getStringCellValue().startsWith("PC-2024-"));
        }
        String csv = new String(
                ApiClient.as("focal.npl")
                        .download("/claims/api/claims/export?format=csv&q=" + tag)
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(nepal) && !csv.contains(southAfrica), csv);
        assertFalse(csv.contains("CL-"), "no pseudonyms in a focal point's export");
    }

    @Test
    void aClaimFileDownloadsAsPdfFromItsPage() throws IOException {
        String reference = claimWithAllegation("SEA-PDF", "NPL");
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            Path pdf = ClaimFilePage.open(browser, Page.BACK_OFFICE, reference).downloadPdf(reference + ".pdf");
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        }
    }
}
