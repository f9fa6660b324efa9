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
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import un.vra.claims.claim.application.ClaimDetails;
import un.vra.claims.claim.application.Side;
import un.vra.claims.claim.application.TimelineEntry;

/**
 * One claim's file as a PDF to print or attach: its summary, the people, the DNA and support panels and the
 * timeline, on A4, in the reader's language: every label from the texts and every coded value by its name
 * ({@link Labels}), as on the claim file page.
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

    private final ResourceBundle texts;

    private ClaimFilePdf(ResourceBundle texts) {
        this.texts = texts;
    }

    /** Writes the file, in the language of {@code texts}, onto the caller's stream, which is left open. */
    public static void write(ClaimDetails claim, List<TimelineEntry> timeline, ResourceBundle texts, OutputStream out) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(timeline, "timeline");
        new ClaimFilePdf(Objects.requireNonNull(texts, "texts")).document(claim, timeline, out);
    }

    private void document(ClaimDetails claim, List<TimelineEntry> timeline, OutputStream out) {
        String title = t("claim.file") + " " + claim.reference();
        PdfPages pdf = PdfPages.open(
                Objects.requireNonNull(out, "out"), PageSize.A4, title, Labels.text(texts, "pdf.confidential", title));
        pdf.add(PdfPages.paragraph(title, PdfPages.TITLE, 0));
        if (claim.updatedAt() != null) {
            pdf.add(PdfPages.paragraph(
                    Labels.text(texts, "pdf.recordedOn", CHANGED_AT.format(claim.updatedAt()), claim.version()),
                    PdfPages.BODY,
                    0));
        }
        summary(pdf, claim);
        people(pdf, claim);
        panels(pdf, claim);
        pdf.addHeading(t("claim.timeline"));
        pdf.addTable(
                List.of(
                        t("timeline.on"),
                        t("timeline.action"),
                        t("timeline.by"),
                        t("timeline.details"),
                        t("claim.status")),
                timeline.stream().map(this::timelineRow).toList(),
                TIMELINE_COLUMNS);
        pdf.close();
    }

    private void summary(PdfPages pdf, ClaimDetails claim) {
        new Facts()
                .add(t("claim.status"), named("status.", claim.status()))
                .add(t("claim.outcome"), named("outcome.", claim.paternityOutcome()))
                .add(t("pdf.closureReason"), named("choice.", claim.closureReason()))
                .add(t("claim.whoseTurn"), named("turn.", claim.whoseTurn()))
                .add(t("claim.nextStep"), named("step.", claim.nextStep()))
                .add(
                        t("claim.dueOn"),
                        claim.nextStepDueOn() == null
                                ? null
                                : claim.nextStepDueOn() + (claim.overdue() ? " (" + t("claim.overdue") + ")" : ""))
                .add(t("claim.daysPending"), claim.daysPending())
                .add(t("claim.daysWithMemberState"), claim.daysWithMemberState())
                .add(t("claim.daysWithUn"), claim.daysWithUn())
                .add(t("claim.daysOnHold"), claim.daysOnHold())
                .add(t("claim.receivedOn"), claim.receivedOn())
                .add(t("claim.claimType"), named("type.", claim.claimType()))
                .add(t("claim.mission"), claim.mission())
                .add(t("claim.allegation"), claim.allegationReference())
                .add(t("claim.personnelCategory"), named("category.", claim.personnelCategory()))
                .add(t("claim.memberState"), claim.memberState())
                .addTo(pdf, t("pdf.summary"));
    }

    private void people(PdfPages pdf, ClaimDetails claim) {
        ClaimDetails.ClaimantView claimant = claim.claimant();
        if (claimant != null) {
            new Facts()
                    .add(t("pdf.pseudonym"), claimant.pseudonym())
                    .add(t("register.fatherName"), claimant.name())
                    .add(t("claim.contact"), claimant.contact())
                    .addTo(pdf, t("claim.claimant"));
        }
        if (claim.children() != null && !claim.children().isEmpty()) {
            boolean named = claim.children().stream().anyMatch(child -> child.name() != null);
            pdf.addHeading(t("claim.children"));
            pdf.addTable(
                    named
                            ? List.of(
                                    t("pdf.pseudonym"),
                                    t("register.childName"),
                                    t("register.birthYear"),
                                    t("register.sex"))
                            : List.of(t("pdf.pseudonym"), t("register.birthYear"), t("register.sex")),
                    claim.children().stream()
                            .map(child -> childRow(child, named))
                            .toList());
        }
        ClaimDetails.FatherView father = claim.allegedFather();
        if (father != null) {
            new Facts()
                    .add(t("register.fatherName"), father.name())
                    .add(t("register.nationality"), father.nationality())
                    .add(t("register.serviceNumber"), father.serviceNumber())
                    .add(t("register.unit"), father.unit())
                    .add(t("register.rotationFrom"), father.rotationFrom())
                    .add(t("register.rotationTo"), father.rotationTo())
                    .addTo(pdf, t("register.father"));
        }
        ClaimDetails.WishesView wishes = claim.wishes();
        if (wishes != null) {
            new Facts()
                    .add(t("claim.noFatherContact"), t(wishes.noFatherContact() ? "yes" : "no"))
                    .add(t("pdf.notes"), wishes.notes())
                    .addTo(pdf, t("register.wishes"));
        }
    }

    private void panels(PdfPages pdf, ClaimDetails claim) {
        ClaimDetails.DnaView dna = claim.dna();
        if (dna != null) {
            new Facts()
                    .add(t("dna.kit"), dna.kitId())
                    .add(t("field.laboratory"), dna.laboratory())
                    .add(t("dna.childSeal"), dna.childSeal())
                    .add(t("dna.motherSeal"), dna.motherSeal())
                    .add(t("dna.fatherSeal"), dna.fatherSeal())
                    .add(t("dna.labReceivedOn"), dna.labReceivedOn())
                    .add(t("dna.sealsIntact"), dna.sealsIntact() == null ? null : t(dna.sealsIntact() ? "yes" : "no"))
                    .addTo(pdf, t("pdf.dna"));
        }
        ClaimDetails.SupportView support = claim.support();
        if (support != null) {
            new Facts()
                    .add(t("field.kind"), named("choice.", support.kind()))
                    .add(t("field.amount"), Labels.amount(support.amount(), support.currency()))
                    .add(t("field.frequency"), named("choice.", support.frequency()))
                    .add(t("field.startsOn"), support.startsOn())
                    .add(t("support.paid"), Labels.amount(support.paid(), support.currency()))
                    .add(t("support.due"), Labels.amount(support.due(), support.currency()))
                    .add(t("support.arrears"), Labels.amount(support.arrears(), support.currency()))
                    .addTo(pdf, t("support.terms"));
        }
        if (claim.withheld() != null && !claim.withheld().isEmpty()) {
            Facts withheld = new Facts();
            claim.withheld()
                    .forEach(line -> withheld.add(
                            t("support.withheld") + " (" + line.currency() + ")",
                            Labels.amount(line.balance(), line.currency())));
            withheld.addTo(pdf, t("support.withheld"));
        }
    }

    private List<Object> childRow(ClaimDetails.ChildView child, boolean named) {
        String sex = named("sex.", child.sex());
        return named
                ? Arrays.asList(child.pseudonym(), child.name(), child.birthYear(), sex)
                : Arrays.asList(child.pseudonym(), child.birthYear(), sex);
    }

    private List<Object> timelineRow(TimelineEntry entry) {
        boolean party = entry.actor().equals(Side.UN_ACTOR) || entry.actor().equals(Side.MEMBER_STATE_ACTOR);
        String by = party
                ? entry.actor()
                : joined(
                        " ",
                        entry.actor(),
                        entry.actorRole() == null ? null : "(" + named("role.", entry.actorRole()) + ")");
        if (entry.onBehalfOf() != null) {
            by += " " + Labels.text(texts, "pdf.onBehalfOf", entry.onBehalfOf());
        }
        return Arrays.asList(
                entry.occurredOn(),
                named("event.", entry.action()),
                by,
                Labels.stepDetails(entry, texts, Set.of()),
                named("status.", entry.statusAfter()));
    }

    private String t(String key) {
        return texts.getString(key);
    }

    private String named(String prefix, Object value) {
        return Labels.named(prefix, value, texts);
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
