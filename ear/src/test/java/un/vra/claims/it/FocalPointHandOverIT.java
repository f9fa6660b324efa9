package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Designating focal points, and a hand-over that ends the old focal point's access at once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FocalPointHandOverIT {

    private static final String PASSWORD = "correct horse battery staple";

    private final ApiClient admin = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aHandOverGivesTheNewFocalPointTheStatesHistoryAndEndsTheOldOnesSessionAtOnce() {
        String claim = ApiClient.notifiedByAdmin(ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM));
        PageClient.Onboarded leaving = PageClient.onboardFocalPoint("npl.leaving", "NPL", PASSWORD);
        PageClient leavingPages = new PageClient("portal");
        leavingPages.signIn("npl.leaving", leaving.password());
        leavingPages.secondFactor(leaving.authenticator().next());
        assertEquals(200, leaving.api().get("/claims/api/claims/" + claim).status());

        PageClient.Onboarded arriving = PageClient.onboardFocalPoint("npl.arriving", "NPL", PASSWORD);
        ApiClient.Reply handedOver = admin.post(
                "/claims/api/focal-points/hand-over",
                "{\"memberState\":\"NPL\",\"from\":\"npl.leaving\",\"to\":\"npl.arriving\"}");
        assertEquals(200, handedOver.status(), handedOver.response().body());

        assertEquals(401, leaving.api().get("/claims/api/claims/" + claim).status(), "the token opens nothing more");
        leavingPages.open("/claims.xhtml");
        assertEquals("/portal/sign-in.xhtml", leavingPages.path(), "the open page session ended");
        assertEquals(
                401,
                ApiClient.as("npl.leaving", leaving.password())
                        .get("/claims/api/claims/" + claim)
                        .status());
        assertEquals(200, arriving.api().get("/claims/api/claims/" + claim).status());
        assertEquals(
                404,
                ApiClient.as("focal.zaf").get("/claims/api/claims/" + claim).status());

        String list =
                admin.get("/claims/api/focal-points?memberState=NPL").response().body();
        assertTrue(list.contains("\"username\":\"npl.leaving\""), list);
        assertTrue(ApiClient.as("auditor")
                        .get("/claims/api/audit/sign-ins?outcome=ACCOUNT_CHANGED&user=vra.admin")
                        .json()
                        .getInt("total")
                >= 3);
    }

    @Test
    void aDeactivatedFocalPointCannotSignIn() {
        PageClient.Onboarded deputy = PageClient.onboardFocalPoint("zaf.deputy", "ZAF", PASSWORD);
        assertEquals(200, deputy.api().get("/claims/api/claims?size=1").status());
        assertEquals(
                200,
                admin.post("/claims/api/focal-points/zaf.deputy/deactivate", "").status());
        assertEquals(401, deputy.api().get("/claims/api/claims?size=1").status());
        PageClient pages = new PageClient("portal");
        pages.signIn("zaf.deputy", deputy.password());
        assertEquals("/portal/sign-in.xhtml", pages.path(), "no second step for an inactive account");
    }

    @Test
    void weakOrCommonPasswordsAndClashingNamesAreRefused() {
        for (String weak :
                new String[] {"short-pass", "password1234", "111111111111", "abcdefghijkl", "my-npl.weak-name-1"}) {
            ApiClient.Reply refused = admin.post(
                    "/claims/api/focal-points",
                    "{\"username\":\"npl.weak-name-1\"," + "\"memberState\":\"NPL\",\"initialPassword\":\""
                            + weak.replace("my-npl", "npl") + "\"}");
            assertEquals(400, refused.status(), weak);
            assertFalse(refused.response().body().contains(weak), "the password is never echoed");
        }
        assertEquals(
                409,
                admin.post(
                                "/claims/api/focal-points",
                                "{\"username\":\"focal.npl\",\"memberState\":\"NPL\"," + "\"initialPassword\":\""
                                        + PASSWORD + "\"}")
                        .status());
        assertEquals(
                400,
                admin.post(
                                "/claims/api/focal-points",
                                "{\"username\":\"x.y.z\",\"memberState\":\"QQQ\"," + "\"initialPassword\":\"" + PASSWORD
                                        + "\"}")
                        .status());
    }

    @Test
    void onlyAnAdministratorManagesFocalPoints() {
        assertEquals(
                403, ApiClient.as("vra.officer").get("/claims/api/focal-points").status());
        assertEquals(
                403,
                ApiClient.as("focal.npl")
                        .post("/claims/api/focal-points/focal.zaf/deactivate", "")
                        .status());
        assertEquals(
                200, ApiClient.as("focal.zaf").get("/claims/api/claims?size=1").status());
    }
}
