package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.TableExport;
import un.vra.claims.shared.AllPages;
import un.vra.claims.trustfund.TrustFundFilter;
import un.vra.claims.trustfund.TrustFundService;
import un.vra.claims.trustfund.TrustFundTotal;
import un.vra.claims.trustfund.YearlyPayments;
import un.vra.claims.web.ui.ChartJson;
import un.vra.claims.web.ui.PagedModel;
import un.vra.claims.withholding.LedgerLine;
import un.vra.claims.withholding.WithholdingService;

/**
 * The task force's money report: the withheld-reimbursement ledger per State and currency and the Trust Fund's
 * interim assistance totals, both paged by the database and exported whole (page after page) to CSV, XLSX and
 * PDF, with the Fund's payments per year as a chart. Sums only: no claim, no claimant.
 */
@Named
@ViewScoped
public class MoneyReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WithholdingService withholding;

    @EJB
    private TrustFundService trustFund;

    @Inject
    private FacesContext facesContext;

    private PagedModel<LedgerLine> ledger;
    private PagedModel<TrustFundTotal> totals;
    private String paymentsChart;
    private boolean anyPayment;

    @PostConstruct
    void init() {
        WithholdingService book = withholding;
        TrustFundService fund = trustFund;
        ledger = PagedModel.of(
                request -> book.ledger(null, request), line -> line.memberState() + " " + line.currency());
        totals = PagedModel.of(
                request -> fund.totals(new TrustFundFilter(null, null, null), request),
                total -> total.year() + " " + total.memberState() + " " + total.mission() + " " + total.kind() + " "
                        + total.currency());
        List<YearlyPayments> years = trustFund.paymentsByYear();
        anyPayment = !years.isEmpty();
        paymentsChart = ChartJson.bar(
                texts().getLocale(),
                years.stream().map(year -> String.valueOf(year.year())).toList(),
                new ChartJson.Series(
                        texts().getString("moneyReport.payments"),
                        years.stream().map(YearlyPayments::payments).toList()));
    }

    /** The ledger, every State and currency, as a file. */
    public StreamedContent exportLedger(String format) {
        ResourceBundle texts = texts();
        return export(
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
                AllPages.of(request -> withholding.ledger(null, request)),
                line -> Arrays.asList(
                        line.memberState(),
                        line.currency(),
                        line.withheld(),
                        line.released(),
                        line.paidToClaimants(),
                        line.balance()),
                format);
    }

    /** The Trust Fund's totals, every row, as a file. */
    public StreamedContent exportTotals(String format) {
        ResourceBundle texts = texts();
        TrustFundFilter all = new TrustFundFilter(null, null, null);
        return export(
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
                AllPages.of(request -> trustFund.totals(all, request)),
                total -> Arrays.asList(
                        total.year(),
                        total.memberState(),
                        total.mission(),
                        total.kind() == null
                                ? texts.getString("moneyReport.noKind")
                                : texts.getString("assistanceKind." + total.kind()),
                        total.currency(),
                        total.payments(),
                        total.total()),
                format);
    }

    private static <T> StreamedContent export(
            String stem,
            String title,
            List<String> headers,
            Iterable<T> rows,
            Function<T, List<?>> cells,
            String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return DefaultStreamedContent.builder()
                .name(chosen.fileName(stem + "-" + today))
                .contentType(chosen.mediaType())
                .writer(out -> TableExport.write(chosen, title + " — " + today, headers, mapped(rows, cells), out))
                .build();
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

    private ResourceBundle texts() {
        return facesContext.getApplication().getResourceBundle(facesContext, "msg");
    }

    public PagedModel<LedgerLine> getLedger() {
        return ledger;
    }

    public PagedModel<TrustFundTotal> getTotals() {
        return totals;
    }

    public String getPaymentsChart() {
        return paymentsChart;
    }

    public boolean isAnyPayment() {
        return anyPayment;
    }
}
