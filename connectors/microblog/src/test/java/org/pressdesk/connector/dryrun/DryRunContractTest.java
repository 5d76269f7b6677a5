package org.pressdesk.connector.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.connector.ConnectorContractTest;
import org.pressdesk.connector.Violation;

/** The contract for a platform connector in dry-run mode, which writes its publications into a folder. */
abstract class DryRunContractTest extends ConnectorContractTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2011-12-30T07:00:05Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** The file is the publication, and it can be looked for. */
    @Override
    protected boolean listsItsOwnPosts() {
        return true;
    }

    /** On the channel: the file named after the key, without a tombstone beside it. */
    @Override
    protected boolean stillOnChannel(org.pressdesk.connector.PublishReceipt receipt) {
        String key = receipt.remoteId().replaceFirst("#[0-9]+$", "");
        return Files.exists(folder.resolve(key + ".txt")) && !Files.exists(folder.resolve(key + ".withdrawn"));
    }

    @Override
    protected List<String> textsReceivedByChannel() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().map(DryRunContractTest::read).toList();
        }
    }

    @Test
    void refusesToWriteWhatThePlatformWouldRefuse() throws IOException {
        String tooLong = "漢".repeat(connector().capabilities().maxLength() + 1);
        assertThat(connector().validate(content(tooLong))).extracting(Violation::code).contains(Violation.TOO_LONG);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connector().publish(content(tooLong), "key-long"))
                .isInstanceOf(org.pressdesk.connector.PublishException.Permanent.class)
                .hasMessageContaining("dry run");
        assertThat(textsReceivedByChannel()).isEmpty();
    }

    @Test
    void hasNoFollowersAndNeverForgetsAKey() {
        assertThat(connector().capabilities().audience()).isFalse();
        assertThat(connector().capabilities().idempotencyWindow()).isEqualTo(
                org.pressdesk.connector.Capabilities.KEY_KEPT_FOREVER);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
