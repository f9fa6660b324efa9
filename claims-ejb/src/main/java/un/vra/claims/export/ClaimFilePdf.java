package un.vra.claims.export;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import un.vra.claims.claim.application.ClaimDetails;
import un.vra.claims.claim.application.Side;
import un.vra.claims.claim.application.TimelineEntry;

/**
 * One claim's file as a PDF to print or attach: its summary, the people, the DNA and support panels and the
 * timeline, on A4.
 *
 * <p>It prints what the {@link ClaimDetails} holds and nothing else. That record is already cut to what its reader
 * may see, so a focal point's copy shows pseudonyms only: the parts the record leaves empty are left out of the
 * document, not printed as blanks.
 */
public final class ClaimFilePdf {

    private static final DateTimeFormatter CHANGED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final float[] LABEL_AND_VALUE = {1, 2.6f};
    private static final float[] TIMELINE_COLUMNS = {1.1f, 2.6f, 2.2f, 3.2f, 2.3f};

    private ClaimFilePdf() {}

    /** Writes the file onto the caller's stream, which is left open. */
    public static void write(ClaimDetails claim, List<TimelineEntry> timeline, OutputStream out) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(timeline, "timeline");
        String title = "Claim " + claim.reference();
        PdfPages pdf =
                PdfPages.open(Objects.requireNonNull(out, "out"), PageSize.A4, title, title + " \u2014 confidential");
        pdf.add(PdfPages.paragraph(title, PdfPages.TITLE, 0));
        if (claim.updatedAt() != null) {
            pdf.add(PdfPages.paragraph(
                    "As recorded on " + CHANGED_AT.format(claim.updatedAt()) + " (version " + claim.version() + ")",
                    PdfPages.BODY,
                    0));
        }
        summary(pdf, claim);
        people(pdf, claim);
        panels(pdf, claim);
        pdf.addHeading("Timeline");
        pdf.addTable(
                List.of("Date", "Action", "Recorded by", "Details", "Status after"),
                timeline.stream().map(ClaimFilePdf::timelineRow).toList(),
                TIMELINE_COLUMNS);
        pdf.close();
    }

    private static void summary(PdfPages pdf, ClaimDetails claim) {
        new Facts()
                .add("Status", claim.status())
                .add("Paternity", claim.paternityOutcome())
                .add("Closure reason", claim.closureReason())
                .add("Whose turn", claim.whoseTurn())
                .add("Next step", claim.nextStep())
                .add(
                        "Due",
                        claim.nextStepDueOn() == null
                                ? null
                                : claim.nextStepDueOn() + (claim.overdue() ? " (overdue)" : ""))
                .add("Days pending", claim.daysPending())
                .add("Days with the Member State", claim.daysWithMemberState())
                .add("Days with the UN", claim.daysWithUn())
                .add("Days on hold", claim.daysOnHold())
                .add("Received", claim.receivedOn())
                .add("Type", claim.claimType())
                .add("Mission", claim.mission())
                .add("Allegation", claim.allegationReference())
                .add(
                        "Personnel",
                        claim.personnelCategory() == null
                                ? null
                                : claim.personnelCategory() + " (route: " + claim.route() + ")")
                .add("Member State", claim.memberState())
                .addTo(pdf, "Summary");
    }

    private static void people(PdfPages pdf, ClaimDetails claim) {
        ClaimDetails.ClaimantView claimant = claim.claimant();
        if (claimant != null) {
            new Facts()
                    .add("Pseudonym", claimant.pseudonym())
                    .add("Name", claimant.name())
                    .add("Contact", claimant.contact())
                    .addTo(pdf, "Claimant");
        }
        if (claim.children() != null && !claim.children().isEmpty()) {
            boolean named = claim.children().stream().anyMatch(child -> child.name() != null);
            pdf.addHeading("Children");
            pdf.addTable(
                    named
                            ? List.of("Pseudonym", "Name", "Year of birth", "Sex")
                            : List.of("Pseudonym", "Year of birth", "Sex"),
                    claim.children().stream()
                            .map(child -> childRow(child, named))
                            .toList());
        }
        ClaimDetails.FatherView father = claim.allegedFather();
        if (father != null) {
            new Facts()
                    .add("Name", father.name())
                    .add("Nationality", father.nationality())
                    .add("Service number", father.serviceNumber())
                    .add("Unit", father.unit())
                    .add("Rotation from", father.rotationFrom())
                    .add("Rotation to", father.rotationTo())
                    .addTo(pdf, "Alleged father");
        }
        ClaimDetails.WishesView wishes = claim.wishes();
        if (wishes != null) {
            new Facts()
                    .add("Do not contact the father", wishes.noFatherContact() ? "Yes" : "No")
                    .add("Notes", wishes.notes())
                    .addTo(pdf, "Claimant's wishes");
        }
    }

    private static void panels(PdfPages pdf, ClaimDetails claim) {
        ClaimDetails.DnaView dna = claim.dna();
        if (dna != null) {
            new Facts()
                    .add("Kit", dna.kitId())
                    .add("Laboratory", dna.laboratory())
                    .add("Child's sample seal", dna.childSeal())
                    .add("Mother's sample seal", dna.motherSeal())
                    .add("Alleged father's sample seal", dna.fatherSeal())
                    .add("Received by the laboratory", dna.labReceivedOn())
                    .add("Seals intact", dna.sealsIntact() == null ? null : dna.sealsIntact() ? "Yes" : "No")
                    .addTo(pdf, "DNA test");
        }
        ClaimDetails.SupportView support = claim.support();
        if (support != null) {
            new Facts()
                    .add("Kind", support.kind())
                    .add("Amount", amount(support.amount(), support.currency()))
                    .add("Frequency", support.frequency())
                    .add("Starts on", support.startsOn())
                    .add("Paid so far", amount(support.paid(), support.currency()))
                    .add("Due so far", amount(support.due(), support.currency()))
                    .add("Arrears", amount(support.arrears(), support.currency()))
                    .add("Reimbursements withheld", amount(support.withheldBalance(), support.currency()))
                    .addTo(pdf, "Support");
        }
    }

    private static List<Object> childRow(ClaimDetails.ChildView child, boolean named) {
        return named
                ? Arrays.asList(child.pseudonym(), child.name(), child.birthYear(), child.sex())
                : Arrays.asList(child.pseudonym(), child.birthYear(), child.sex());
    }

    private static List<Object> timelineRow(TimelineEntry entry) {
        boolean party = entry.actor().equals(Side.UN_ACTOR) || entry.actor().equals(Side.MEMBER_STATE_ACTOR);
        String by = party
                ? entry.actor()
                : joined(" ", entry.actor(), entry.actorRole() == null ? null : "(" + entry.actorRole() + ")");
        if (entry.onBehalfOf() != null) {
            by += " on behalf of " + entry.onBehalfOf();
        }
        String details = entry.details() == null
                ? ""
                : entry.details().entrySet().stream()
                        .map(detail -> detail.getKey() + ": " + detail.getValue())
                        .collect(Collectors.joining("; "));
        return Arrays.asList(
                entry.occurredOn(),
                entry.action(),
                by,
                joined("; ", details, amount(entry.amount(), entry.currency())),
                entry.statusAfter());
    }

    private static String amount(Object amount, String currency) {
        return amount == null ? null : joined(" ", Cells.display(amount), currency);
    }

    /** The parts that are there, joined; none at all gives an empty text. */
    private static String joined(String separator, String... parts) {
        return Arrays.stream(parts)
                .filter(part -> part != null && !part.isEmpty())
                .collect(Collectors.joining(separator));
    }

    /**
     * A section of labelled values; a value the record leaves empty takes no line, an empty section no heading.
     * The heading is the table's first row and the table is kept on one page, so a heading never ends a page.
     */
    private static final class Facts {

        private final List<Map.Entry<String, Object>> lines = new ArrayList<>();

        Facts add(String label, Object value) {
            if (value != null) {
                lines.add(Map.entry(label, value));
            }
            return this;
        }

        void addTo(PdfPages pdf, String heading) {
            if (lines.isEmpty()) {
                return;
            }
            PdfPTable table = new PdfPTable(LABEL_AND_VALUE);
            table.setWidthPercentage(100);
            table.setKeepTogether(true);
            PdfPCell title = borderless(PdfPages.cell(heading, PdfPages.HEADING));
            title.setColspan(2);
            title.setPaddingTop(12);
            title.setPaddingBottom(5);
            table.addCell(title);
            for (Map.Entry<String, Object> line : lines) {
                table.addCell(borderless(PdfPages.cell(line.getKey(), PdfPages.LABEL)));
                table.addCell(borderless(PdfPages.cell(Cells.display(line.getValue()), PdfPages.BODY)));
            }
            pdf.add(table);
        }

        /** Without a border and flush left, in line with the headings and tables outside a section. */
        private static PdfPCell borderless(PdfPCell cell) {
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(0);
            return cell;
        }
    }
}
