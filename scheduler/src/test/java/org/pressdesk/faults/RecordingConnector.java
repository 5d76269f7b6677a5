package org.pressdesk.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.Violation;

/**
 * A channel that honours idempotency keys for ever and writes down every publish call, for tests whose nodes
 * run in other JVMs: each process appends to its own file, {@code calls-<pid>.log} in the {@code folder} setting,
 * one line when a call starts ({@code BEGIN}) and one when it succeeds ({@code OK}): the process id, the text's
 * first line (which names the target in the fault tests) and the key. Each line is one unbuffered write, so a
 * process killed with SIGKILL leaves every line it wrote whole. Looking for a publication whose outcome is unknown
 * reads every node's record.
 */
final class RecordingConnector implements Connector {

    private final String channelId;
    private final Path folder;
    private final FileChannel log;
    private final Duration callTime;

    RecordingConnector(String channelId, Path folder, Duration callTime) {
        this.channelId = channelId;
        this.folder = folder;
        this.callTime = callTime;
        try {
            Files.createDirectories(folder);
            this.log = FileChannel.open(folder.resolve("calls-" + ProcessHandle.current().pid() + ".log"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(2000, LengthCounting.CODE_POINTS, false, false, Capabilities.KEY_KEPT_FOREVER, false);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities(), this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) {
        String subject = content.parts().getFirst().lines().findFirst().orElse("").strip();
        write("BEGIN", subject, idempotencyKey);
        try {
            Thread.sleep(callTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Instant at = Instant.now();
        write("OK", subject, idempotencyKey);
        return new PublishReceipt(idempotencyKey, null, at);
    }

    private void write(String what, String subject, String key) {
        String line = what + '\t' + ProcessHandle.current().pid() + '\t' + subject + '\t' + key + '\n';
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            synchronized (log) {
                while (bytes.hasRemaining()) {
                    log.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Looks in every node's record: found when any call with the key succeeded, certainly absent otherwise. */
    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt) {
        String succeeded = "\t" + idempotencyKey;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("calls-")).toList()) {
                if (Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("OK\t") && line.endsWith(succeeded))) {
                    return Reconciliation.found(new PublishReceipt(idempotencyKey, null, firstAttemptAt),
                            "found in " + file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Reconciliation.absent("no call with this key succeeded on any node");
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }
}
