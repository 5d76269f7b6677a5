package org.pressdesk.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pressdesk.PressdeskApplication;

/**
 * One Pressdesk node in a JVM of its own: the application's main class on this test's classpath, with a small heap,
 * its output in a file beside the test's other files.
 */
final class FaultNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path output;
    private final Process process;

    private FaultNode(String name, int port, Path output, Process process) {
        this.name = name;
        this.port = port;
        this.output = output;
        this.process = process;
    }

    /** Starts a node with these settings (as {@code --key=value}); returns at once, see {@link #awaitUp}. */
    static FaultNode start(String name, Path folder, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-cp", System.getProperty("java.class.path"),
                PressdeskApplication.class.getName(),
                "--server.port=" + port,
                "--pressdesk.dispatch.node-id=" + name));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path output = folder.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return new FaultNode(name, port, output, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers HTTP (any status), failing with its output's end if it died or took too long. */
    void awaitUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                get("/actuator/health", Duration.ofSeconds(2));
                return;
            } catch (IOException notYet) {
                pause(Duration.ofMillis(250));
            }
        }
        throw new AssertionError(name + " did not answer within " + timeout + ":\n" + tail());
    }

    /** The status of a GET; throws when the node does not answer within {@code timeout}. */
    int get(String path, Duration timeout) throws IOException {
        return get(path, timeout, null);
    }

    /** The status of a GET sent with a bearer token (null: none). */
    int get(String path, Duration timeout, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing in flight is recorded, leases are left to run out. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of the node's output, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Counts the lines of the node's output that contain {@code text}. */
    long linesContaining(String text) {
        try (var lines = Files.lines(output)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The scenario is over and asserted: nothing is left to record, so no graceful stop is waited for. */
    @Override
    public void close() {
        kill();
    }
}
