package un.vra.claims.statelaw;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.application.Side;
import un.vra.claims.reference.MissionContact;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The registry of national law: the VRA's officers and administrators read every State's entry and its history,
 * the administrators alone change it; a focal point reads its own State's only, and another State's is not found,
 * as for another State's claim.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class StateLawService {

    @Inject
    private StateLawRepository registry;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    public StateLawView entry(String memberState) {
        Caller caller = currentCaller.get();
        MissionContact mission = readable(memberState, caller);
        StateLaw entry = registry.find(mission.code()).orElseThrow(() -> notFound(mission.code()));
        return StateLawView.of(entry, mission, author(entry.changedBy().orElse(null), caller));
    }

    /** The entry of the focal point's own State, taken from the signed-in identity, never from the request. */
    @RolesAllowed(Role.FOCAL)
    public StateLawView ownEntry() {
        return entry(currentCaller.get().memberState());
    }

    /** Replaces the State's entry, if it is still at {@code seenVersion}, and keeps the new version in its history. */
    @RolesAllowed(Role.ADMIN)
    public StateLawView revise(String memberState, long seenVersion, LawEntry change) {
        Caller caller = currentCaller.get();
        MissionContact mission = readable(memberState, caller);
        StateLaw entry = registry.lock(mission.code()).orElseThrow(() -> notFound(mission.code()));
        registry.add(entry.revise(
                change, seenVersion, new Recording(Actor.of(caller.username(), caller.roleName()), clock)));
        return StateLawView.of(entry, mission, caller.username());
    }

    /** The versions of the State's entry, the latest first. */
    public PageResult<StateLawView> history(String memberState, PageRequest page) {
        Caller caller = currentCaller.get();
        MissionContact mission = readable(memberState, caller);
        return registry.revisions(mission.code(), page)
                .map(revision -> StateLawView.of(revision, mission.name(), author(revision.changedBy(), caller)));
    }

    /** The State named, if the caller may read its entry: any State for the VRA, its own for a focal point. */
    private MissionContact readable(String memberState, Caller caller) {
        String code = memberState == null ? "" : memberState.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")
                || caller.restrictedToMemberState()
                        .map(own -> !own.equals(code))
                        .orElse(false)) {
            throw notFound(code.length() > 3 ? code.substring(0, 3) + "..." : code);
        }
        return referenceData.missionContact(code).orElseThrow(() -> notFound(code));
    }

    /** The author as the caller may see it: the State sees "UN", never a staff member's name. */
    private static String author(String username, Caller caller) {
        return username == null || !caller.isFocalPoint() ? username : Side.UN_ACTOR;
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("no entry of national law for " + code);
    }
}
