package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What is known of a claim when it is registered; the claimant, children, father and wishes may follow. */
public record NewClaim(
        LocalDate receivedOn,
        ClaimType claimType,
        String mission,
        String allegationReference,
        PersonnelCategory personnelCategory,
        String memberState,
        String claimantName,
        String claimantContact,
        List<NewChild> children,
        AllegedFather allegedFather,
        ClaimantWishes wishes,
        Integer allegationYear) {

    public NewClaim {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(claimType, "claimType");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(personnelCategory, "personnelCategory");
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** Without the allegation's year: the allegation is dated by the year the claim was received. */
    public NewClaim(
            LocalDate receivedOn,
            ClaimType claimType,
            String mission,
            String allegationReference,
            PersonnelCategory personnelCategory,
            String memberState,
            String claimantName,
            String claimantContact,
            List<NewChild> children,
            AllegedFather allegedFather,
            ClaimantWishes wishes) {
        this(
                receivedOn,
                claimType,
                mission,
                allegationReference,
                personnelCategory,
                memberState,
                claimantName,
                claimantContact,
                children,
                allegedFather,
                wishes,
                null);
    }

    /** The minimum: dates, type, mission, category and State. */
    public NewClaim(
            LocalDate receivedOn,
            ClaimType claimType,
            String mission,
            String allegationReference,
            PersonnelCategory personnelCategory,
            String memberState) {
        this(
                receivedOn,
                claimType,
                mission,
                allegationReference,
                personnelCategory,
                memberState,
                null,
                null,
                List.of(),
                null,
                null);
    }
}
