package un.vra.claims.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.metrics.MetricsFilter;
import un.vra.claims.shared.InvalidInputException;

/** The metrics' filters as query parameters, the same on every measure (summary, States, breakdowns, trend...). */
public class MetricsParams {

    /** More missions than exist is no filter: a longer list is refused rather than sent to the database. */
    static final int MAX_MISSIONS = 50;

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

    @QueryParam("memberState")
    private String memberState;

    @QueryParam("mission")
    private List<String> missions;

    @QueryParam("category")
    private String category;

    @QueryParam("receivedFrom")
    private String receivedFrom;

    @QueryParam("receivedTo")
    private String receivedTo;

    @QueryParam("claimType")
    private String claimType;

    @QueryParam("hostCountry")
    private String hostCountry;

    MetricsFilter filter() {
        if (missions != null && missions.size() > MAX_MISSIONS) {
            throw new InvalidInputException("mission", "at most " + MAX_MISSIONS + " missions may be given");
        }
        PersonnelCategory personnel = QueryParams.enumValue(PersonnelCategory.class, "category", category);
        ClaimType type = QueryParams.enumValue(ClaimType.class, "claimType", claimType);
        return new MetricsFilter(
                QueryParams.text(memberState),
                missions == null
                        ? List.of()
                        : missions.stream()
                                .map(QueryParams::text)
                                .filter(Objects::nonNull)
                                .toList(),
                personnel == null ? null : personnel.name(),
                QueryParams.date("receivedFrom", receivedFrom),
                QueryParams.date("receivedTo", receivedTo),
                type == null ? null : type.name(),
                country(hostCountry));
    }

    /** The host country's ISO 3166-1 alpha-3 code, as the missions' reference data keep it; null when not given. */
    static String country(String value) {
        String code = QueryParams.text(value);
        if (code == null) {
            return null;
        }
        if (!COUNTRY.matcher(code).matches()) {
            throw new InvalidInputException("hostCountry", "hostCountry must be a three-letter country code");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
