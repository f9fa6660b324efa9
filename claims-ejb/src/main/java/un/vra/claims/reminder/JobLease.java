package un.vra.claims.reminder;

import java.time.LocalDate;

/** A daily job's lease as taken: by whom, and the last day the job finished (none before its first run). */
public record JobLease(String job, String holder, LocalDate lastDay) {}
