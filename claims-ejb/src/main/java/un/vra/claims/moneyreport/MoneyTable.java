package un.vra.claims.moneyreport;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.TableExport;
import un.vra.claims.shared.AllPages;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;
import un.vra.claims.trustfund.TrustFundService;
import un.vra.claims.trustfund.TrustFundTotal;
import un.vra.claims.withholding.LedgerLine;
import un.vra.claims.withholding.WithholdingService;

/**
 * One part of the money report as a file, for the page and the API alike: its title and column titles in the
 * texts' language and its rows, read from the database a page at a time as they are written.
 */
public record MoneyTable(String stem, String title, List<String> headers, Iterable<List<?>> rows) {

    /** The part asked for, as filtered, from the services that answer for it (and check the caller's role). */
    public static MoneyTable of(
            MoneyReportPart part,
            MoneyReportFilter filter,
            ResourceBundle texts,
            MoneyReportService report,
            WithholdingService book,
            TrustFundService fund) {
        return switch (part) {
            case SUPPORT -> support(request -> report.support(filter, request), texts);
            case LEDGER -> ledger(request -> book.ledger(filter.ledger(), request), texts);
            case TRUST_FUND -> trustFund(request -> fund.totals(filter.trustFund(), request), texts);
        };
    }

    static MoneyTable support(Function<PageRequest, PageResult<SupportTotal>> pages, ResourceBundle texts) {
        return new MoneyTable(
                "support",
                texts.getString("moneyReport.support"),
                columns(
                        texts,
                        "claim.memberState",
                        "claim.mission",
                        "withheld.currency",
                        "moneyReport.arrangements",
                        "moneyReport.childrenCovered",
                        "moneyReport.childrenPaidAsArranged",
                        "moneyReport.children",
                        "moneyReport.share",
                        "support.due",
                        "support.paid",
                        "support.arrears"),
                mapped(
                        AllPages.of(pages),
                        line -> Arrays.asList(
                                line.memberState(),
                                line.mission(),
                                line.currency(),
                                line.arrangements(),
                                line.childrenCovered(),
                                line.childrenPaidAsArranged(),
                                line.children(),
                                line.sharePercent(),
                                line.due(),
                                line.paid(),
                                line.arrears())));
    }

    static MoneyTable ledger(Function<PageRequest, PageResult<LedgerLine>> pages, ResourceBundle texts) {
        return new MoneyTable(
                "withheld-ledger",
                texts.getString("withheld.ledger"),
                columns(
                        texts,
                        "claim.memberState",
                        "withheld.currency",
                        "withheld.withheld",
                        "withheld.released",
                        "withheld.paidToClaimants",
                        "withheld.balance"),
                mapped(
                        AllPages.of(pages),
                        line -> Arrays.asList(
                                line.memberState(),
                                line.currency(),
                                line.withheld(),
                                line.released(),
                                line.paidToClaimants(),
                                line.balance())));
    }

    static MoneyTable trustFund(Function<PageRequest, PageResult<TrustFundTotal>> pages, ResourceBundle texts) {
        return new MoneyTable(
                "trust-fund-totals",
                texts.getString("moneyReport.trustFund"),
                columns(
                        texts,
                        "moneyReport.year",
                        "claim.memberState",
                        "claim.mission",
                        "moneyReport.kind",
                        "withheld.currency",
                        "moneyReport.payments",
                        "moneyReport.total"),
                mapped(
                        AllPages.of(pages),
                        total -> Arrays.asList(
                                total.year(),
                                total.memberState(),
                                total.mission(),
                                total.kind() == null
                                        ? texts.getString("moneyReport.noKind")
                                        : texts.getString("assistanceKind." + total.kind()),
                                total.currency(),
                                total.payments(),
                                total.total())));
    }

    /**
     * The table with its first page already read, so that a refusal (a role, an unknown State) is raised before
     * anything is written rather than in the middle of a file; its rows can then be iterated once.
     */
    public MoneyTable opened() {
        Iterator<List<?>> started = rows.iterator();
        started.hasNext();
        return new MoneyTable(stem, title, headers, () -> started);
    }

    /** The file's name: the part and the day, with the format's extension. */
    public String fileName(ExportFormat format, LocalDate today) {
        return format.fileName(stem + "-" + today);
    }

    /** Writes the whole table, page after page, headed by its title and the day. */
    public void write(ExportFormat format, LocalDate today, OutputStream out) {
        TableExport.write(format, title + " — " + today, headers, rows, out);
    }

    private static <T> Iterable<List<?>> mapped(Iterable<T> rows, Function<T, List<?>> cells) {
        return () -> new Iterator<>() {
            private final Iterator<T> source = rows.iterator();

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<?> next() {
                return cells.apply(source.next());
            }
        };
    }

    private static List<String> columns(ResourceBundle texts, String... keys) {
        List<String> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(texts.getString(key));
        }
        return headers;
    }
}
