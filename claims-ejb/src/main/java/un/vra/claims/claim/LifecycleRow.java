package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of the {@link Lifecycle} table: an action with the states it is allowed from on each route, where it
 * leads, who may take it, its input record and the claim's method that applies that input, the input's date,
 * whether its event is shared with the State by default, and the next steps that wait for it.
 *
 * @param <I> the action's input record
 */
public final class LifecycleRow<I extends ClaimCommand> {

    /** The claim's own method for the action: checks what only the claim knows, changes it, says what happened. */
    @FunctionalInterface
    interface Method<I> {
        EventDetails apply(Claim claim, I input, LocalDate on, Recording recording);
    }

    /** The state the action leads to, read before the action applies (from the input or where the claim was). */
    @FunctionalInterface
    interface LeadsTo<I> {
        ClaimStatus from(ClaimActions claim, I input, Actor by);
    }

    /** A next step that waits for this action in some states, on a route or both, when the claim meets a test. */
    private record Awaited(NextStep step, Set<Route> routes, Set<ClaimStatus> states, Predicate<Claim> when) {}

    private final ClaimAction action;
    private final Class<I> input;
    private final Method<I> method;
    private final Map<Route, Set<ClaimStatus>> allowedFrom = new EnumMap<>(Route.class);
    private final List<Awaited> awaited = new ArrayList<>();
    private final Map<ClaimStatus, Predicate<ClaimActions>> allowedWhile = new EnumMap<>(ClaimStatus.class);
    private LeadsTo<I> leadsTo;
    private Set<Party> takenBy = EnumSet.noneOf(Party.class);
    private Function<I, LocalDate> date = in -> null;
    private boolean shared;
    private boolean takenAsCommand = true;

    private LifecycleRow(ClaimAction action, Class<I> input, Method<I> method) {
        this.action = action;
        this.input = input;
        this.method = method;
        for (Route route : Route.values()) {
            allowedFrom.put(route, EnumSet.noneOf(ClaimStatus.class));
        }
    }

    static <I extends ClaimCommand> LifecycleRow<I> of(ClaimAction action, Class<I> input, Method<I> method) {
        return new LifecycleRow<>(action, input, method);
    }

    LifecycleRow<I> from(Route route, ClaimStatus... states) {
        Collections.addAll(allowedFrom.get(route), states);
        return this;
    }

    LifecycleRow<I> from(ClaimStatus... states) {
        return from(Set.of(states));
    }

    LifecycleRow<I> from(Set<ClaimStatus> states) {
        allowedFrom.values().forEach(allowed -> allowed.addAll(states));
        return this;
    }

    /** Also allowed from these states, on both routes, while the claim meets a test. */
    LifecycleRow<I> fromWhile(Predicate<ClaimActions> when, ClaimStatus... states) {
        for (ClaimStatus state : states) {
            allowedWhile.put(state, when);
        }
        return this;
    }

    LifecycleRow<I> to(ClaimStatus next) {
        return to((claim, in, by) -> next);
    }

    LifecycleRow<I> to(LeadsTo<I> next) {
        leadsTo = next;
        return this;
    }

    LifecycleRow<I> staying() {
        return to((claim, in, by) -> claim.status());
    }

    LifecycleRow<I> by(Party... parties) {
        takenBy = EnumSet.copyOf(Set.of(parties));
        return this;
    }

    LifecycleRow<I> byBoth() {
        return by(Party.values());
    }

    LifecycleRow<I> dated(Function<I, LocalDate> day) {
        date = day;
        return this;
    }

    LifecycleRow<I> shared() {
        shared = true;
        return this;
    }

    LifecycleRow<I> withItsOwnUpload() {
        takenAsCommand = false;
        return this;
    }

    LifecycleRow<I> awaited(NextStep step, Route route, ClaimStatus... states) {
        awaited.add(new Awaited(step, EnumSet.of(route), Set.of(states), claim -> true));
        return this;
    }

    LifecycleRow<I> awaited(NextStep step, ClaimStatus... states) {
        return awaitedIf(step, claim -> true, states);
    }

    LifecycleRow<I> awaitedIf(NextStep step, Predicate<Claim> when, ClaimStatus... states) {
        awaited.add(new Awaited(step, EnumSet.allOf(Route.class), Set.of(states), when));
        return this;
    }

    LifecycleRow<I> awaitedUnless(NextStep step, Predicate<Claim> when, ClaimStatus... states) {
        return awaitedIf(step, when.negate(), states);
    }

    public ClaimAction action() {
        return action;
    }

    /** The record the action's input arrives in, with its validation. */
    public Class<I> input() {
        return input;
    }

    public Set<ClaimStatus> allowedFrom(Route route) {
        return Collections.unmodifiableSet(allowedFrom.get(route));
    }

    /** Whether the claim, as it stands, allows the action: from its state, or from a state it allows it in on a test. */
    boolean allows(ClaimActions claim) {
        Predicate<ClaimActions> when = allowedWhile.get(claim.status());
        return allowedFrom.get(claim.route()).contains(claim.status()) || (when != null && when.test(claim));
    }

    public Set<Party> takenBy() {
        return Collections.unmodifiableSet(takenBy);
    }

    /** Whether the action's event reaches the State unless its author chose otherwise. */
    public boolean isShared() {
        return shared;
    }

    public boolean takenAsCommand() {
        return takenAsCommand;
    }

    /** The next steps whose clocks wait for this action, in any state. */
    public Set<NextStep> awaitedAs() {
        Set<NextStep> steps = EnumSet.noneOf(NextStep.class);
        awaited.forEach(entry -> steps.add(entry.step()));
        return steps;
    }

    Optional<NextStep> awaitedStep(Claim claim) {
        return awaited.stream()
                .filter(entry -> entry.routes().contains(claim.route())
                        && entry.states().contains(claim.status())
                        && entry.when().test(claim))
                .map(Awaited::step)
                .findFirst();
    }

    LocalDate date(ClaimCommand command) {
        return date.apply(input.cast(command));
    }

    ClaimStatus leadsTo(ClaimActions claim, ClaimCommand command, Actor by) {
        return leadsTo.from(claim, input.cast(command), by);
    }

    EventDetails apply(Claim claim, ClaimCommand command, LocalDate on, Recording recording) {
        return method.apply(claim, input.cast(command), on, recording);
    }
}
