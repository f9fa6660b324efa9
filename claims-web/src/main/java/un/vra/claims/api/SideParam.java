package un.vra.claims.api;

import un.vra.claims.shared.InvalidInputException;

/**
 * The {@code view} query parameter of a claim's reads: {@code UN} (the default) or {@code MEMBER_STATE}, which
 * shows the UN exactly what the claim's State sees. A focal point always sees the State's view.
 */
final class SideParam {

    private SideParam() {}

    static boolean asMemberState(String view) {
        if (view == null || view.isEmpty() || "UN".equals(view)) {
            return false;
        }
        if ("MEMBER_STATE".equals(view)) {
            return true;
        }
        throw new InvalidInputException("view", "view is UN or MEMBER_STATE");
    }
}
