package org.pressdesk.connector.mastodon;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.dryrun.DryRun;

/**
 * {@code type: mastodon}. Credential: {@code access-token} (a user token with the scopes
 * {@code write:statuses} and {@code read:accounts}). Settings: {@code base-url} (required),
 * {@code visibility}, {@code max-characters}, {@code connect-timeout}, {@code read-timeout}
 * (see {@link MastodonSettings}). With {@code dry-run: true} and {@code folder}: only
 * {@code max-characters}, no credential (see {@link DryRun}).
 */
public final class MastodonConnectorType implements ConnectorType {

    public static final String ID = "mastodon";

    private final Clock clock;
    private final ThreadJournal journal;

    /**
     * @param journal where threads half-way out are remembered, so that a retry after Mastodon has
     *                forgotten the parts' idempotency keys (one hour) continues the thread
     */
    public MastodonConnectorType(Clock clock, ThreadJournal journal) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** With a journal in memory: a thread continues after the key window only within this running instance. */
    public MastodonConnectorType(Clock clock) {
        this(clock, ThreadJournal.inMemory());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Set<String>> credentialNames() {
        return Optional.of(Set.of("access-token"));
    }

    /**
     * A Mastodon connector, or with {@code dry-run: true} one that counts as Mastodon does (with
     * {@code max-characters} or Mastodon's default limits) and writes to {@code folder} instead.
     */
    @Override
    public Connector create(ChannelAccount account) {
        if (DryRun.requested(account)) {
            return DryRun.connector(account, new MastodonRules(MastodonInstanceLimits.configured(
                    MastodonSettings.maxCharacters(account))), clock);
        }
        MastodonSettings settings = MastodonSettings.from(account);
        MastodonClient client = new MastodonClient(settings, account.requiredCredential("access-token"));
        return new MastodonConnector(account.id(), settings, client,
                MastodonInstanceLimits.settle(account.id(), settings, client), journal, clock);
    }
}
