package un.vra.claims.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.mail.OutboxDelivery;

/**
 * The daily reminder job. It runs shortly after start-up and then every hour, and each time does the days not yet
 * done, from the day after the last one recorded to today: a server that was down catches up the days it missed,
 * and a day done is not done again. Only the server holding the job's lease ({@link JobLeaseRepository}) runs it,
 * so two servers never run the same day; and each rung is recorded once ({@link ReminderRungs}), so even a day run
 * twice sends nothing twice. The first run ever does today only. Each Monday done also sends the weekly digests
 * ({@link WeeklyDigests}). The mails it queued are sent at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    static final String JOB = "reminders";

    /** How long a server holds the lease for one day's run before another may take it over. */
    static final Duration LEASE = Duration.ofMinutes(15);

    /** The most days a run catches up: beyond, a reminder that late is better sent today than for every day. */
    static final int MOST_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private final String holder = "server-" + UUID.randomUUID();

    @Resource
    private TimerService timers;

    @EJB
    private JobLeaseRepository leases;

    @EJB
    private ReminderRungs rungs;

    @EJB
    private OutboxDelivery delivery;

    @EJB
    private WeeklyDigests digests;

    @EJB
    private MajorityAlerts majorities;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private TimeStandards standards;

    @Inject
    private Clock clock;

    /**
     * Off ({@code claims.reminders.schedule=off}, or {@code CLAIMS_REMINDERS_SCHEDULE}), the job runs only when an
     * administrator asks: the integration tests run it when they choose, not in the middle of another test.
     */
    @Inject
    @ConfigProperty(name = "claims.reminders.schedule", defaultValue = "on")
    String schedule;

    @PostConstruct
    void scheduleCatchUp() {
        if (scheduled()) {
            timers.createSingleActionTimer(Duration.ofSeconds(20).toMillis(), new TimerConfig(null, false));
        }
    }

    @Timeout
    void afterStartUp() {
        runDueDays();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        if (scheduled()) {
            runDueDays();
        }
    }

    private boolean scheduled() {
        return !"off".equalsIgnoreCase(schedule.strip());
    }

    /**
     * Runs the days not yet done, if this server gets the lease: the days run, none when another server holds it or
     * today is done.
     */
    public List<LocalDate> runDueDays() {
        Optional<JobLease> taken = leases.take(JOB, holder, clock.instant(), LEASE);
        if (taken.isEmpty()) {
            return List.of();
        }
        JobLease lease = taken.get();
        List<LocalDate> done = new ArrayList<>();
        try {
            for (LocalDate day : daysToRun(lease.lastDay(), LocalDate.now(clock))) {
                int recorded = runDay(day);
                if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                    digests.compose(day);
                }
                if (!leases.finished(lease, day, clock.instant(), LEASE)) {
                    LOG.warning(() -> "Reminder job: lease lost during " + day + "; another server goes on");
                    break;
                }
                done.add(day);
                LOG.info(() -> "Reminder job: " + day + " done, " + recorded + " rung(s) recorded");
            }
        } finally {
            leases.release(lease, clock.instant());
        }
        delivery.deliverDue();
        return done;
    }

    /** The days after the last one done, to today; today alone the first time; at most {@value #MOST_DAYS}. */
    static List<LocalDate> daysToRun(LocalDate lastDone, LocalDate today) {
        LocalDate first = lastDone == null ? today : lastDone.plusDays(1);
        if (first.isBefore(today.minusDays(MOST_DAYS - 1L))) {
            first = today.minusDays(MOST_DAYS - 1L);
        }
        return first.isAfter(today)
                ? List.of()
                : first.datesUntil(today.plusDays(1)).toList();
    }

    private int runDay(LocalDate day) {
        int recorded = 0;
        for (DueStep due : reminders.dueBy(day, standards.allSteps())) {
            try {
                recorded += rungs.climb(due, day);
            } catch (EJBException e) {
                // One claim's failure must not hold back every other claim's reminders. Its rung was not recorded,
                // so the next day's run finds it reached and records it then.
                LOG.log(Level.SEVERE, e, () -> "Reminder job: claim " + due.claimId() + " failed on " + day);
            }
        }
        majorities.moveOn(day);
        for (long[] child : reminders.majoritiesDueBy(day, day.plusYears(MajorityAlerts.YEARS_BEFORE))) {
            try {
                recorded += majorities.alert(child[0], (int) child[1], day) ? 1 : 0;
            } catch (EJBException e) {
                // As for a reminder: the alert was not recorded, so the next day's run tries again.
                LOG.log(Level.SEVERE, e, () -> "Reminder job: majority alert of claim " + child[0] + " failed");
            }
        }
        return recorded;
    }
}
