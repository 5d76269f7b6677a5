package org.pressdesk.connector.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.FileMode;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.Withdrawal;

/**
 * Publishes by writing one text file per publication into a folder: the embedded default's
 * sample channels, a hand-off to systems that pick files up, and the reference connector.
 *
 * <p>The file is named after the idempotency key and written to a temporary file first, then
 * moved into place atomically, so a reader never sees half a publication and a re-send after a
 * crash finds the earlier file instead of writing a second copy. Files get the channel's
 * {@link FileMode} ({@code 0640} unless set), so the group that serves the folder can read them.
 *
 * <p>Withdrawing keeps the publication's file (what went out stays on record) and writes a tombstone,
 * {@code <key>.withdrawn}, beside it: whatever picks files up must take the publication down when it
 * sees one.
 */
public final class OutboxConnector implements Connector {

    private static final Pattern UNSAFE_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private final String channelId;
    private final Path folder;
    private final Capabilities capabilities;
    private final Clock clock;
    private final FileMode fileMode;

    public OutboxConnector(String channelId, Path folder, int maxLength, Clock clock) {
        this(channelId, folder, maxLength, clock, FileMode.DEFAULT);
    }

    public OutboxConnector(String channelId, Path folder, int maxLength, Clock clock, FileMode fileMode) {
        this.fileMode = fileMode;
        this.channelId = channelId;
        this.folder = folder;
        this.capabilities = new Capabilities(maxLength,
                maxLength > 0 ? LengthCounting.CODE_POINTS : LengthCounting.NONE, true, false, Capabilities.KEY_KEPT_FOREVER, false);
        this.clock = clock;
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities, this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        Path file = fileFor(idempotencyKey);
        try {
            if (Files.exists(file)) {
                return receipt(idempotencyKey, content, file, Files.getLastModifiedTime(file).toInstant());
            }
            fileMode.createDirectories(folder);
            Instant publishedAt = clock.instant();
            Path temporary = Files.createTempFile(folder, ".publishing-", ".tmp");
            try {
                Files.writeString(temporary, OutboxFile.format(channelId, content, idempotencyKey, publishedAt),
                        StandardCharsets.UTF_8);
                fileMode.applyTo(temporary);
                moveIntoPlace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return receipt(idempotencyKey, content, file, publishedAt);
        } catch (IOException e) {
            throw new PublishException.Transient("cannot write to outbox folder " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean canWithdraw() {
        return true;
    }

    /** Writes the tombstone beside the publication's file; without that file, or with a tombstone already, it is gone. */
    @Override
    public Withdrawal withdraw(PublishReceipt receipt, String idempotencyKey) throws PublishException {
        Path file = fileFor(idempotencyKey);
        Path tombstone = tombstoneFor(idempotencyKey);
        if (Files.exists(tombstone)) {
            return Withdrawal.alreadyGone(tombstone + " was written earlier");
        }
        if (!Files.exists(file)) {
            return Withdrawal.alreadyGone("there is no " + file + " to withdraw");
        }
        try {
            Path temporary = Files.createTempFile(folder, ".withdrawing-", ".tmp");
            try {
                Files.writeString(temporary, "channel: " + channelId + "\nidempotency-key: " + idempotencyKey
                        + "\npublication: " + file.getFileName() + "\nwithdrawn-at: " + clock.instant() + "\n",
                        StandardCharsets.UTF_8);
                fileMode.applyTo(temporary);
                moveIntoPlace(temporary, tombstone);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PublishException.Transient("cannot write to outbox folder " + folder + ": " + e.getMessage(), e);
        }
        return Withdrawal.withdrawn("wrote " + tombstone + " beside " + file.getFileName());
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }

    /** The file named after the key is the publication: there (its receipt) or certainly not. */
    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        Path file = fileFor(idempotencyKey);
        if (!Files.exists(file)) {
            return Reconciliation.absent("looked for " + file + ", which does not exist");
        }
        try {
            return Reconciliation.found(receipt(idempotencyKey, content, file,
                    Files.getLastModifiedTime(file).toInstant()), "found " + file);
        } catch (IOException e) {
            throw new PublishException.Transient("cannot read outbox folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The file a publication with this key is (or will be) written to. */
    Path fileFor(String idempotencyKey) {
        return folder.resolve(safeName(idempotencyKey) + ".txt");
    }

    /** The file that says the publication with this key was withdrawn. */
    Path tombstoneFor(String idempotencyKey) {
        return folder.resolve(safeName(idempotencyKey) + ".withdrawn");
    }

    private static String safeName(String idempotencyKey) {
        return UNSAFE_FILE_NAME.matcher(idempotencyKey).replaceAll("_");
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("outbox folder does not support atomic moves", e);
        }
    }

    /** A thread lives in one file; its parts are told apart as {@code key#1}, {@code key#2} … */
    private static PublishReceipt receipt(String idempotencyKey, ChannelContent content, Path file,
                                          Instant publishedAt) {
        List<String> partIds = content.isThread()
                ? IntStream.rangeClosed(1, content.parts().size()).mapToObj(part -> idempotencyKey + "#" + part).toList()
                : List.of(idempotencyKey);
        return new PublishReceipt(idempotencyKey, file.toUri(), publishedAt, partIds);
    }
}
