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
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.moneyreport.MoneyReportFilter;
import un.vra.claims.moneyreport.MoneyReportPart;
import un.vra.claims.moneyreport.MoneyReportService;
import un.vra.claims.moneyreport.MoneyTable;
import un.vra.claims.moneyreport.SupportTotal;
import un.vra.claims.trustfund.TrustFundService;
import un.vra.claims.trustfund.TrustFundTotal;
import un.vra.claims.trustfund.YearlyPayments;
import un.vra.claims.web.ui.ChartJson;
import un.vra.claims.web.ui.FigureFormat;
import un.vra.claims.web.ui.PagedModel;
import un.vra.claims.withholding.LedgerLine;
import un.vra.claims.withholding.WithholdingService;

/**
 * The task force's money report: support arranged, due, paid and in arrears per State, mission and currency, the
 * withheld-reimbursement ledger per State and currency and the Trust Fund's interim assistance totals, all paged by
 * the database and exported whole (page after page) to CSV, XLSX and
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

    @EJB
    private MoneyReportService report;

    @Inject
    private FacesContext facesContext;

    private PagedModel<SupportTotal> support;
    private PagedModel<LedgerLine> ledger;
    private PagedModel<TrustFundTotal> totals;
    private String paymentsChart;
    private boolean anyPayment;
    private FigureFormat format;

    @PostConstruct
    void init() {
        format = new FigureFormat(facesContext.getViewRoot().getLocale(), texts().getString("figure.none"));
        WithholdingService book = withholding;
        MoneyReportService supportReport = report;
        support = PagedModel.of(
                request -> supportReport.support(MoneyReportFilter.all(), request),
                line -> line.memberState() + " " + line.mission() + " " + line.currency());
        TrustFundService fund = trustFund;
        ledger = PagedModel.of(
                request -> book.ledger(MoneyReportFilter.all().ledger(), request),
                line -> line.memberState() + " " + line.currency());
        totals = PagedModel.of(
                request -> fund.totals(MoneyReportFilter.all().trustFund(), request),
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

    /** One part of the report, every State, mission and currency, as a file. */
    public StreamedContent export(String part, String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        MoneyTable table = MoneyTable.of(
                MoneyReportPart.parse(part), MoneyReportFilter.all(), texts(), report, withholding, trustFund);
        return DefaultStreamedContent.builder()
                .name(table.fileName(chosen, today))
                .contentType(chosen.mediaType())
                .writer(out -> table.write(chosen, today, out))
                .build();
    }

    private ResourceBundle texts() {
        return facesContext.getApplication().getResourceBundle(facesContext, "msg");
    }

    /** Counts and amounts as the reader's language writes them. */
    public FigureFormat getFormat() {
        return format;
    }

    public PagedModel<SupportTotal> getSupport() {
        return support;
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
