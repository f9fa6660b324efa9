package un.vra.claims.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's heap as {@code jcmd} reads it, for benchmarks to print beside their timings: the heap in use
 * now, and again after a full collection, which is what the work really holds.
 */
final class ServerHeap {

    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private ServerHeap() {}

    /** For example "heap 412 MB used of 1536 MB, 140 MB after a full GC"; what could not be read is said so. */
    static String describe() throws IOException, InterruptedException {
        Optional<ProcessHandle> server = server();
        if (server.isEmpty()) {
            return "heap unknown (no Payara process under " + System.getProperty("payara.home") + ")";
        }
        long pid = server.get().pid();
        String now = used(jcmd(pid, "GC.heap_info"));
        jcmd(pid, "GC.run");
        return "heap " + now + ", " + used(jcmd(pid, "GC.heap_info")).replaceAll(" of .*", "") + " after a full GC";
    }

    /** This build's own Payara: other builds on the machine run theirs from other folders. */
    private static Optional<ProcessHandle> server() {
        String home = Path.of(System.getProperty("payara.home", "none"))
                .toAbsolutePath()
                .normalize()
                .toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains("ASMain") && line.contains(home))
                        .orElse(false))
                .findFirst();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    /** From a line such as " garbage-first heap   total 524288K, used 123456K [...]". */
    private static String used(String heapInfo) {
        Matcher heap = HEAP.matcher(heapInfo);
        return heap.find()
                ? Long.parseLong(heap.group(2)) / 1024 + " MB used of " + Long.parseLong(heap.group(1)) / 1024 + " MB"
                : "unknown";
    }
}
