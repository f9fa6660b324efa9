package un.vra.claims.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: the tests exercise what is shipped. */
final class Deployments {

    static final String BASE = "http://localhost:" + (Integer.getInteger("it.portbase", 28000) + 80);

    private Deployments() {}

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }
}
