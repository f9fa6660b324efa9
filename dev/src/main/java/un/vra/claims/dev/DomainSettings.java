package un.vra.claims.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The server's sizing, written into a stopped domain's {@code domain.xml} before it starts, so that it holds from
 * the first request without a restart. Payara's default HTTP thread pool has five threads: under 32 concurrent
 * connections requests queued behind them, and a claim read that takes 25 ms alone waited 450 ms (issue 13).
 * Each request holds at most one pooled connection at a time, so the thread pool is sized like the application's
 * JDBC pool ({@code glassfish-resources.xml}, 48 connections).
 *
 * @param httpThreads the HTTP thread pool's maximum (its minimum is a quarter of it)
 * @param heap        the server's {@code -Xmx}, such as {@code 512m}
 */
record DomainSettings(int httpThreads, String heap) {

    /** The production settings: {@code -Dclaims.http.threads} and {@code -Dclaims.heap} override them. */
    static DomainSettings fromSystemProperties() {
        return new DomainSettings(
                Integer.getInteger("claims.http.threads", 48), System.getProperty("claims.heap", "512m"));
    }

    void applyTo(Path domainXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
            String config = "/domain/configs/config[@name='server-config']";
            Element pool = (Element) XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                            config + "/thread-pools/thread-pool[@name='http-thread-pool']",
                            document,
                            XPathConstants.NODE);
            pool.setAttribute("max-thread-pool-size", Integer.toString(httpThreads));
            pool.setAttribute("min-thread-pool-size", Integer.toString(Math.max(2, httpThreads / 4)));
            NodeList options = (NodeList) XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(config + "/java-config/jvm-options", document, XPathConstants.NODESET);
            List<Node> heaps = new ArrayList<>();
            for (int i = 0; i < options.getLength(); i++) {
                if (options.item(i).getTextContent().startsWith("-Xmx")) {
                    heaps.add(options.item(i));
                }
            }
            if (heaps.isEmpty()) {
                throw new IllegalStateException("No -Xmx in " + domainXml);
            }
            heaps.get(0).setTextContent("-Xmx" + heap);
            heaps.subList(1, heaps.size()).forEach(node -> node.getParentNode().removeChild(node));
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            Path written = domainXml.resolveSibling("domain.xml.sizing");
            transformer.transform(new DOMSource(document), new StreamResult(written.toFile()));
            Files.move(written, domainXml, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot size the domain in " + domainXml, e);
        }
    }
}
