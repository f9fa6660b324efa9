package un.vra.claims.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * The body of {@code POST /claims/api/claims/{reference}/children/{position}/birth}: a child's corrected year of
 * birth and, where now known, its date (in that year); without a date only the year is kept.
 */
public record ChildBirthRequest(
        @NotNull @Min(1980) @Max(2100) Integer birthYear,
        @PastOrPresent LocalDate birthDate) {}
