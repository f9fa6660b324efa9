package un.vra.claims.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;

/**
 * Deploys an archive named in {@code it.shared.archives} (comma-separated archive names) once per test run and
 * leaves it deployed from one test class to the next, instead of deploying and undeploying it around every class:
 * the application then starts once per run rather than once per class. A class whose archive has that name but
 * other content (its own variant of the application) replaces the shared one, which is deployed again for the next
 * class that asks for it; archives not named are deployed per class, as Arquillian does by default. Whatever is
 * still deployed is undeployed at the end of the run, before Arquillian stops the container.
 *
 * <p>It intercepts the deploy and undeploy events inside the deployment context that Arquillian activates for
 * them (hence a precedence below that handler's), so that a class that reuses the deployment still finds the
 * deployment's protocol metadata there, as if it had deployed it itself.
 */
public class SharedDeployments {

    private static final Logger LOG = Logger.getLogger(SharedDeployments.class.getName());

    /** Inside Arquillian's deployment context handler (precedence 0), so that the context is the class's own. */
    private static final int INSIDE_THE_DEPLOYMENT_CONTEXT = -10;

    /** Before Arquillian stops the containers after the suite (precedence 0). */
    private static final int BEFORE_THE_CONTAINERS_STOP = 100;

    private final Set<String> shareable = Stream.of(
                    System.getProperty("it.shared.archives", "").split(","))
            .map(String::trim)
            .filter(name -> !name.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    /** What is deployed now, by archive name. */
    private final Map<String, Shared> deployed = new LinkedHashMap<>();

    private boolean releasing;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Event<UnDeployDeployment> undeploy;

    public void deploy(@Observes(precedence = INSIDE_THE_DEPLOYMENT_CONTEXT) EventContext<DeployDeployment> context) {
        Deployment asked = context.getEvent().getDeployment();
        String name = archiveName(asked);
        if (name == null || !shareable.contains(name)) {
            context.proceed();
            return;
        }
        String fingerprint = fingerprint(archive(asked));
        Shared current = deployed.get(name);
        if (current != null && current.fingerprint().equals(fingerprint)) {
            description.set(asked.getDescription());
            deployment.set(asked);
            protocolMetaData.set(current.protocolMetaData());
            asked.deployed();
            return;
        }
        if (current != null) {
            LOG.info(() -> "Another " + name + " than the shared one: undeploying the shared one first");
            release(current);
        }
        context.proceed();
        if (asked.isDeployed()) {
            deployed.put(
                    name, new Shared(context.getEvent().getContainer(), asked, fingerprint, protocolMetaData.get()));
        }
    }

    public void undeploy(
            @Observes(precedence = INSIDE_THE_DEPLOYMENT_CONTEXT) EventContext<UnDeployDeployment> context) {
        Deployment asked = context.getEvent().getDeployment();
        String name = archiveName(asked);
        if (releasing || name == null || !deployed.containsKey(name)) {
            context.proceed();
            return;
        }
        asked.undeployed();
    }

    public void undeployAll(@Observes(precedence = BEFORE_THE_CONTAINERS_STOP) AfterSuite event) {
        for (Shared shared : new ArrayList<>(deployed.values())) {
            release(shared);
        }
    }

    private void release(Shared shared) {
        deployed.remove(archiveName(shared.deployment()));
        releasing = true;
        try {
            undeploy.fire(new UnDeployDeployment(shared.container(), shared.deployment()));
        } finally {
            releasing = false;
        }
    }

    private static String archiveName(Deployment deployment) {
        Archive<?> archive = archive(deployment);
        return archive == null ? null : archive.getName();
    }

    private static Archive<?> archive(Deployment deployment) {
        DeploymentDescription description = deployment.getDescription();
        if (!description.isArchiveDeployment()) {
            return null;
        }
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }

    /** The archive's entries and their bytes, digested: two archives of one name are the same deployment or not. */
    private static String fingerprint(Archive<?> archive) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (Map.Entry<ArchivePath, Node> entry : new TreeMap<>(archive.getContent()).entrySet()) {
                digest.update(entry.getKey().get().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (entry.getValue().getAsset() == null) {
                    continue;
                }
                try (InputStream in = entry.getValue().getAsset().openStream()) {
                    for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An archive deployed once and kept: where, the deployment that deployed it, its content and its metadata. */
    private record Shared(
            Container container, Deployment deployment, String fingerprint, ProtocolMetaData protocolMetaData) {}
}
