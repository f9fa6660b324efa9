package un.vra.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import un.vra.claims.claim.AllegedFather;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClaimantWishes;
import un.vra.claims.claim.NewChild;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Sex;
import un.vra.claims.shared.InvalidInputException;

/** The body of {@code POST /claims/api/claims}; the State is required for uniformed personnel. */
public record RegisterClaimRequest(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotNull ClaimType claimType,
        @NotNull @Size(min = 2, max = 20) String mission,
        @Size(max = 60) String allegationReference,
        @NotNull PersonnelCategory personnelCategory,

        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
        String memberState,

        @Valid Claimant claimant,
        @Valid @Size(max = 20) List<Child> children,
        @Valid Father allegedFather,
        @Valid Wishes wishes,
        @Min(1948) @Max(2100) Integer allegationYear) {

    /** The claimant's identity: confidential, stored encrypted. */
    public record Claimant(
            @Size(max = 200) String name, @Size(max = 500) String contact) {}

    /** A child: the name and the full date of birth (in the year of birth) are optional. */
    public record Child(
            @Size(max = 200) String name,
            @NotNull @Min(1980) @Max(2100) Integer birthYear,
            @NotNull Sex sex,
            @PastOrPresent LocalDate birthDate) {}

    /** What the responsible State needs to locate the alleged father. */
    public record Father(
            @Size(max = 200) String name,

            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            String nationality,

            @Size(max = 60) String serviceNumber,
            @Size(max = 200) String unit,
            LocalDate rotationFrom,
            LocalDate rotationTo) {}

    /** The claimant's wishes and consent. */
    public record Wishes(
            boolean noFatherContact, @Size(max = 2000) String notes) {}

    NewClaim toNewClaim() {
        if (children != null && children.contains(null)) {
            throw new InvalidInputException("children", "a child cannot be null");
        }
        return new NewClaim(
                receivedOn,
                claimType,
                mission,
                allegationReference,
                personnelCategory,
                memberState,
                claimant == null ? null : claimant.name(),
                claimant == null ? null : claimant.contact(),
                children == null
                        ? List.of()
                        : children.stream()
                                .map(c -> new NewChild(c.name(), c.birthYear(), c.sex(), c.birthDate()))
                                .toList(),
                allegedFather == null
                        ? null
                        : new AllegedFather(
                                allegedFather.name(),
                                allegedFather.nationality(),
                                allegedFather.serviceNumber(),
                                allegedFather.unit(),
                                allegedFather.rotationFrom(),
                                allegedFather.rotationTo()),
                wishes == null ? null : new ClaimantWishes(wishes.noFatherContact(), wishes.notes()),
                allegationYear);
    }
}
