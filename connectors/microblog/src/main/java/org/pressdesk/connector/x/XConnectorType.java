package org.pressdesk.connector.x;

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
 * {@code type: x}. Credentials (OAuth 1.0a user context of an app with Read and Write permission):
 * {@code consumer-key}, {@code consumer-secret}, {@code access-token}, {@code access-token-secret}.
 * Settings, all optional: {@code v2-base-url}, {@code rest-base-url}, {@code user-id},
 * {@code connect-timeout}, {@code read-timeout} (see {@link XSettings}). With {@code dry-run: true}
 * and {@code folder}, no credentials: see {@link DryRun}.
 */
public final class XConnectorType implements ConnectorType {

    public static final String ID = "x";

    private final Clock clock;
    private final ThreadJournal journal;

    /**
     * @param journal where threads half-way out are remembered; a durable one lets a retry on
     *                another node, or after a restart, continue the thread
     */
    public XConnectorType(Clock clock, ThreadJournal journal) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** With a journal in memory: retries continue threads only within this running instance. */
    public XConnectorType(Clock clock) {
        this(clock, ThreadJournal.inMemory());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Set<String>> credentialNames() {
        return Optional.of(Set.of("consumer-key", "consumer-secret", "access-token", "access-token-secret"));
    }

    /** An X connector, or with {@code dry-run: true} one that counts as X does and writes to {@code folder} instead. */
    @Override
    public Connector create(ChannelAccount account) {
        if (DryRun.requested(account)) {
            return DryRun.connector(account, XRules.INSTANCE, clock);
        }
        XSettings settings = XSettings.from(account);
        XPostingLimits postingLimits = new XPostingLimits(clock);
        return new XConnector(account.id(), XClients.create(account, settings, postingLimits), journal,
                settings.userId(), clock, postingLimits);
    }
}
