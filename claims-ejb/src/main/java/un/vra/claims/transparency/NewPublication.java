package un.vra.claims.transparency;

import java.time.LocalDate;

/** What an administrator asks to publish: a title, the day the figures stand on, and the years received. */
public record NewPublication(String title, LocalDate asOf, Integer firstYear, Integer lastYear) {}
