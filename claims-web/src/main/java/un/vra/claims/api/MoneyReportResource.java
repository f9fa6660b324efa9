package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import un.vra.claims.account.Role;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.moneyreport.MoneyReportFilter;
import un.vra.claims.moneyreport.MoneyReportPart;
import un.vra.claims.moneyreport.MoneyReportService;
import un.vra.claims.moneyreport.MoneyTable;
import un.vra.claims.trustfund.TrustFundService;
import un.vra.claims.withholding.WithholdingService;

/**
 * The task force's money report: support per State, mission and currency, and each part of the report (support,
 * withheld-reimbursement ledger, Trust Fund totals) as a CSV, XLSX or PDF file. The VRA and the task force only; a
 * focal point reads its own State's ledger at {@code withheld-reimbursements/ledger}, never this report.
 */
@Path("reports/money")
@RequestScoped
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
public class MoneyReportResource {

    @EJB
    private MoneyReportService report;

    @EJB
    private WithholdingService withholding;

    @EJB
    private TrustFundService trustFund;

    @GET
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
        MediaType.APPLICATION_JSON
    })
    public Response export(
            @QueryParam("part") String part,
            @QueryParam("format") String format,
            @QueryParam("year") String year,
            @QueryParam("memberState") String memberState,
            @QueryParam("mission") String mission,
            @QueryParam("currency") String currency,
            @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.parse(format == null ? "csv" : format);
        MoneyTable table = MoneyTable.of(
                        MoneyReportPart.parse(part),
                        filter(year, memberState, mission, currency),
                        Texts.of(headers),
                        report,
                        withholding,
                        trustFund)
                .opened();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StreamingOutput file = out -> table.write(chosen, today, out);
        return Response.ok(file, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + table.fileName(chosen, today) + "\"")
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    @GET
    @Path("support")
    @Produces(MediaType.APPLICATION_JSON)
    public Response support(
            @QueryParam("year") String year,
            @QueryParam("memberState") String memberState,
            @QueryParam("mission") String mission,
            @QueryParam("currency") String currency,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Response.ok(report.support(filter(year, memberState, mission, currency), QueryParams.page(page, size)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    private static MoneyReportFilter filter(String year, String memberState, String mission, String currency) {
        int asked = QueryParams.number("year", year, 0);
        return new MoneyReportFilter(asked == 0 ? null : asked, memberState, mission, currency);
    }
}
