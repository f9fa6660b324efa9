package un.vra.claims.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.ErrorCode;

/** What the document checks accept and refuse: content decides the type, the size is bounded, names are made safe. */
class CheckedFileTest {

    private static final long LIMIT = 1024;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private static DocumentRejectedException.Reason refusal(String name, byte[] content) {
        DocumentRejectedException refused =
                assertThrows(DocumentRejectedException.class, () -> CheckedFile.check(name, content, LIMIT));
        assertEquals("file", refused.field());
        return refused.reason();
    }

    @Test
    void pdfPngAndJpegAreRecognisedByTheirFirstBytes() {
        assertEquals(
                DocumentType.PDF, CheckedFile.check("report.pdf", PDF, LIMIT).type());
        assertEquals(DocumentType.PNG, CheckedFile.check("scan.png", PNG, LIMIT).type());
        assertEquals(
                DocumentType.JPEG, CheckedFile.check("photo.jpeg", JPEG, LIMIT).type());
        assertEquals(
                "image/jpeg", CheckedFile.check("photo.jpg", JPEG, LIMIT).type().mediaType());
    }

    @Test
    void aTextFileNamedPdfIsRefusedWhateverItsName() {
        assertEquals(
                DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
                refusal("report.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
                refusal("page.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentRejectedException.Reason.UNSUPPORTED_TYPE, refusal("short.pdf", new byte[] {'%', 'P'}));
        assertEquals(
                ErrorCode.DOCUMENT_REJECTED,
                assertThrows(
                                DocumentRejectedException.class,
                                () -> CheckedFile.check("x.gif", "GIF89a".getBytes(StandardCharsets.US_ASCII), LIMIT))
                        .code());
    }

    @Test
    void anEmptyFileIsRefusedAndOneOverTheLimitToo() {
        assertEquals(DocumentRejectedException.Reason.EMPTY, refusal("empty.pdf", new byte[0]));
        assertEquals(DocumentRejectedException.Reason.EMPTY, refusal("none.pdf", null));
        byte[] atLimit = Arrays.copyOf(PDF, (int) LIMIT);
        assertEquals(LIMIT, CheckedFile.check("big.pdf", atLimit, LIMIT).size());
        DocumentRejectedException tooLarge = assertThrows(
                DocumentRejectedException.class,
                () -> CheckedFile.check("big.pdf", Arrays.copyOf(PDF, (int) LIMIT + 1), LIMIT));
        assertEquals(DocumentRejectedException.Reason.TOO_LARGE, tooLarge.reason());
        assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, tooLarge.code());
        assertEquals(LIMIT, tooLarge.maxBytes());
    }

    @Test
    void theHashIsTheSha256OfTheBytes() {
        assertEquals(
                "ab2746220d94d65f11fcd61dbecda545064bf281fa9f4d3e0bf98f909ef1d93b",
                CheckedFile.check("a.pdf", PDF, LIMIT).sha256());
    }

    @Test
    void theNameLosesFoldersControlAndInvisibleCharactersAndEndsInTheRealType() {
        assertEquals(
                "report.pdf",
                CheckedFile.check("C:\\Users\\me\\report.pdf", PDF, LIMIT).fileName());
        assertEquals(
                "passwd.pdf", CheckedFile.check("../../etc/passwd", PDF, LIMIT).fileName());
        assertEquals(
                "lab report.pdf",
                CheckedFile.check("lab\u0000\r\n report.PDF", PDF, LIMIT).fileName());
        assertEquals(
                "invoicefdp.exe.pdf",
                CheckedFile.check("invoice\u202Efdp.exe", PDF, LIMIT).fileName());
        assertEquals(
                "note _verbale_.pdf",
                CheckedFile.check("note \"verbale\".pdf", PDF, LIMIT).fileName());
        assertEquals(
                "photo.png.jpg", CheckedFile.check("photo.png", JPEG, LIMIT).fileName());
        assertEquals("scan.jpeg", CheckedFile.check("scan.jpeg", JPEG, LIMIT).fileName());
        assertEquals("document.pdf", CheckedFile.check(null, PDF, LIMIT).fileName());
        assertEquals("document.pdf", CheckedFile.check(" \u200B. ", PDF, LIMIT).fileName());
        assertEquals(
                "Résultat d'analyse.pdf",
                CheckedFile.check("Re\u0301sultat d'analyse.pdf", PDF, LIMIT).fileName());
    }

    @Test
    void aLongNameIsShortenedAndKeepsItsExtension() {
        String name = CheckedFile.check("x".repeat(300) + ".pdf", PDF, LIMIT).fileName();
        assertEquals(CheckedFile.MAX_NAME, name.length());
        assertTrue(name.endsWith("x.pdf"), name);
        String emoji = CheckedFile.check("\uD83D\uDCC4".repeat(200) + ".png", PNG, LIMIT)
                .fileName();
        assertEquals(CheckedFile.MAX_NAME, emoji.codePointCount(0, emoji.length()));
        assertTrue(emoji.endsWith("\uD83D\uDCC4.png"), emoji);
    }
}
