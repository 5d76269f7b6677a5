package org.pressdesk.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorContractTest;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.Withdrawal;

class OutboxConnectorTest extends ConnectorContractTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2011-12-30T07:00:05Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Override
    protected Connector createConnector() {
        return new OutboxConnectorType(CLOCK).create(account(Map.of("folder", folder.toString(), "max-length", "140")));
    }

    @Override
    protected String configuredChannelId() {
        return "weibo-sample";
    }

    /** Its "account" is the folder: the file named after the key says whether the publication is there. */
    @Override
    protected boolean listsItsOwnPosts() {
        return true;
    }

    /** On the channel: the file named after the key, without a tombstone beside it. */
    @Override
    protected boolean stillOnChannel(PublishReceipt receipt) {
        String key = receipt.remoteId().replaceFirst("#[0-9]+$", "");
        return Files.exists(folder.resolve(key + ".txt")) && !Files.exists(folder.resolve(key + ".withdrawn"));
    }

    @Override
    protected List<String> textsReceivedByChannel() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted()
                    .map(OutboxConnectorTest::read).toList();
        }
    }

    @Test
    void writesHeaderAndNumberedPartsToAFileNamedAfterTheKey() throws Exception {
        PublishReceipt receipt = connector().publish(content("第一段。", "第二段。"), "target-7-key");

        Path file = folder.resolve("target-7-key.txt");
        assertThat(receipt.url()).isEqualTo(file.toUri());
        assertThat(read(file)).contains("channel: weibo-sample", "kind: SPOKESPERSON_ANSWER", "language: zh-Hant",
                "published-at: 2011-12-30T07:00:05Z", "source: press-conference:2011-12-30#1",
                "--- 1/2 ---\n第一段。", "--- 2/2 ---\n第二段。");
    }

    @Test
    void withdrawingKeepsThePublicationAndWritesATombstoneBesideIt() throws Exception {
        connector().publish(content(acceptableText()), "target-7-key");

        Withdrawal withdrawal = connector().withdraw(
                new PublishReceipt("target-7-key", null, Instant.EPOCH), "target-7-key");

        assertThat(withdrawal.outcome()).isEqualTo(Withdrawal.Outcome.WITHDRAWN);
        assertThat(read(folder.resolve("target-7-key.txt"))).contains(acceptableText());
        assertThat(read(folder.resolve("target-7-key.withdrawn"))).contains("channel: weibo-sample",
                "idempotency-key: target-7-key", "withdrawn-at: 2011-12-30T07:00:05Z");
        assertThat(withdrawal.detail()).contains("target-7-key.withdrawn");
    }

    @Test
    void withdrawingWhatWasNeverWrittenWritesNoTombstone() throws Exception {
        Withdrawal withdrawal = connector().withdraw(
                new PublishReceipt("never", null, Instant.EPOCH), "never");

        assertThat(withdrawal.outcome()).isEqualTo(Withdrawal.Outcome.ALREADY_GONE);
        assertThat(folder.resolve("never.withdrawn")).doesNotExist();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        connector().publish(content(acceptableText()), "k1");

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("k1.txt");
        }
    }

    @Test
    void keysCannotEscapeTheFolder() throws Exception {
        connector().publish(content(acceptableText()), "../../etc/passwd");

        assertThat(Files.list(folder).map(file -> file.getFileName().toString()))
                .containsExactly(".._.._etc_passwd.txt");
    }

    @Test
    void countsLengthInCodePoints() {
        String exactly140Emoji = "😀".repeat(140);
        assertThat(connector().validate(content(exactly140Emoji))).isEmpty();
        assertThat(connector().validate(content(exactly140Emoji + "好")))
                .extracting(Violation::code).containsExactly(Violation.TOO_LONG);
    }

    @Test
    void writesFilesTheGroupThatServesTheFolderCanReadAndTheModeIsASetting() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path nested = folder.resolve("weibo");

        connector().publish(content(acceptableText()), "default-mode");
        new OutboxConnectorType(CLOCK).create(account(Map.of("folder", nested.toString(), "file-mode", "0664")))
                .publish(content(acceptableText()), "group-writable");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("default-mode.txt"))))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.resolve("group-writable.txt"))))
                .isEqualTo("rw-rw-r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rwxrwxr-x");
    }

    @Test
    void refusesAMissingFolderOrABadLimitAtStartUp() {
        OutboxConnectorType type = new OutboxConnectorType(CLOCK);
        assertThatThrownBy(() -> type.create(account(Map.of())))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("'folder' is required");
        assertThatThrownBy(() -> type.create(account(Map.of("folder", "x", "max-length", "-3"))))
                .hasMessageContaining("'max-length' must be a whole number");
        assertThatThrownBy(() -> type.create(account(Map.of("folder", "x", "file-mode", "rw-r--r--"))))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("'file-mode' must be");
        assertThatThrownBy(() -> type.create(account(Map.of("folder", "x", "file-mode", "0440"))))
                .hasMessageContaining("the owner must read and write");
    }

    private static ChannelAccount account(Map<String, String> settings) {
        return new ChannelAccount("weibo-sample", OutboxConnectorType.ID, "樣例微博", settings, Map.of());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
