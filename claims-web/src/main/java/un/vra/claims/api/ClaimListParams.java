package un.vra.claims.api;

import jakarta.ws.rs.QueryParam;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.WhoseTurn;

/** The register's filters and order as query parameters, shared by the list and its exports. */
public class ClaimListParams {

    @QueryParam("status")
    private String status;

    @QueryParam("memberState")
    private String memberState;

    @QueryParam("mission")
    private String mission;

    @QueryParam("category")
    private String category;

    @QueryParam("receivedFrom")
    private String receivedFrom;

    @QueryParam("receivedTo")
    private String receivedTo;

    @QueryParam("q")
    private String text;

    @QueryParam("ageBand")
    private String ageBand;

    @QueryParam("whoseTurn")
    private String whoseTurn;

    @QueryParam("overdue")
    private String overdue;

    @QueryParam("majorityApproaching")
    private String majorityApproaching;

    @QueryParam("sort")
    private String sort;

    ClaimFilter filter() {
        return new ClaimFilter(
                QueryParams.enumValue(ClaimStatus.class, "status", status),
                QueryParams.text(memberState),
                QueryParams.text(mission),
                QueryParams.enumValue(PersonnelCategory.class, "category", category),
                QueryParams.date("receivedFrom", receivedFrom),
                QueryParams.date("receivedTo", receivedTo),
                QueryParams.text(text),
                AgeBand.parse(ageBand),
                QueryParams.enumValue(WhoseTurn.class, "whoseTurn", whoseTurn),
                QueryParams.flag("overdue", overdue),
                QueryParams.flag("majorityApproaching", majorityApproaching));
    }

    ClaimSort sort() {
        return ClaimSort.parse(sort);
    }
}
