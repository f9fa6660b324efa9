package un.vra.claims.claim;

import java.time.LocalDate;

/** One DNA sample taken for a kit: from whom, when, by whom, where, how identity was checked, and its seal. */
public record SampleCollection(String kitId, DnaSubject subject, LocalDate collectedOn, String collectedBy,
                               String place, IdentityDocument identityCheck, String sealNumber) {
}
