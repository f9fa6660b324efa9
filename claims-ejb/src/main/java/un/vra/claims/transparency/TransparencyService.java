package un.vra.claims.transparency;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.metrics.MetricsDimension;
import un.vra.claims.metrics.YearlyCountRepository;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;

/**
 * Publishing the public figures and reading them. Reading is open to anyone: only suppressed tables leave, with
 * no reference, pseudonym or date finer than the year. Publishing is the VRA administrators' and is logged.
 */
@Stateless
public class TransparencyService {

    /** The earliest year a publication may cover: the register starts in 2010, legacy files go further back. */
    static final int FIRST_YEAR = 1990;

    /** The most publications listed; they come a few a year. */
    static final int LISTED = 100;

    @Inject
    private PublicationRepository publications;

    @Inject
    private YearlyCountRepository counts;

    @Inject
    private Recomputations recomputations;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ReferenceData referenceData;

    /** A publication (the newest when {@code id} is null) by State or mission, beside today's recomputation. */
    @PermitAll
    public PublishedFigures figures(Long id, PublicBreakdown by) {
        Optional<Publication> found = id == null ? publications.latest() : publications.find(id);
        Publication publication = found.orElseThrow(() -> new NotFoundException("no such publication"));
        ComparedTable compared = recomputations.get(
                publication.id(),
                by,
                clock,
                () -> ComparedTable.of(publications.figures(publication, by), recompute(publication, by)));
        return new PublishedFigures(
                PublicationView.of(publication),
                by,
                compared,
                by == PublicBreakdown.MEMBER_STATE ? referenceData.memberStateNames() : referenceData.missionNames());
    }

    @PermitAll
    public List<PublicationView> publications() {
        return publications.newest(LISTED).stream().map(PublicationView::of).toList();
    }

    /** Freezes the figures of the years asked as they stood on the day asked, by State and by mission. */
    @RolesAllowed(Role.ADMIN)
    public PublicationView publish(NewPublication request) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("title", "a publication needs a title of at most 200 characters");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        if (asOf.isAfter(today)) {
            throw new InvalidInputException("asOf", "figures cannot be published as of a day still to come");
        }
        int last = request.lastYear() == null ? asOf.getYear() : request.lastYear();
        int first = request.firstYear() == null ? last : request.firstYear();
        if (first < FIRST_YEAR || first > last) {
            throw new InvalidInputException("firstYear", "the first year must be " + FIRST_YEAR + " or later");
        }
        if (last > asOf.getYear()) {
            throw new InvalidInputException("lastYear", "the last year cannot come after the as-of day");
        }
        Publication publication = new Publication(
                title, asOf, first, last, clock.instant(), caller.get().username());
        for (PublicBreakdown by : PublicBreakdown.values()) {
            publications.add(publication, by, recompute(publication, by));
        }
        audit.figuresPublished(
                caller.get(), "published \"" + title + "\" as of " + asOf + ", claims received " + first + "-" + last);
        return PublicationView.of(publication);
    }

    private List<Figure> recompute(Publication publication, PublicBreakdown by) {
        MetricsDimension dimension =
                by == PublicBreakdown.MEMBER_STATE ? MetricsDimension.MEMBER_STATE : MetricsDimension.MISSION;
        return Figures.of(
                counts.groups(publication.asOf(), publication.firstYear(), publication.lastYear(), dimension), by);
    }
}
