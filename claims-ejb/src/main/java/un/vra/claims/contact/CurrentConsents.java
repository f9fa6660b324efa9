package un.vra.claims.contact;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where each kind of consent of a claim stands, every kind in {@link ConsentKind}'s order. */
public record CurrentConsents(List<CurrentConsent> kinds) {

    /** Of two records of a kind, the later day wins; on the same day, the one recorded last (the higher id). */
    static final Comparator<RecordedDecision> LATEST =
            Comparator.comparing(RecordedDecision::decidedOn).thenComparingLong(RecordedDecision::id);

    public CurrentConsents {
        kinds = List.copyOf(kinds);
    }

    /** Each kind's latest record among those given, or "not asked" for a kind without any. */
    static CurrentConsents resolve(Collection<RecordedDecision> records) {
        Map<ConsentKind, RecordedDecision> latest = new EnumMap<>(ConsentKind.class);
        for (RecordedDecision decision : records) {
            latest.merge(decision.kind(), decision, (one, other) -> LATEST.compare(one, other) >= 0 ? one : other);
        }
        return new CurrentConsents(Arrays.stream(ConsentKind.values())
                .map(kind ->
                        latest.containsKey(kind) ? CurrentConsent.of(latest.get(kind)) : CurrentConsent.notAsked(kind))
                .toList());
    }

    public CurrentConsent of(ConsentKind kind) {
        return kinds.get(kind.ordinal());
    }

    public ConsentState state(ConsentKind kind) {
        return of(kind).state();
    }
}
