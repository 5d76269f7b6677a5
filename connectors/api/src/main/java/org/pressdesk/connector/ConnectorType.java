package org.pressdesk.connector;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of channel (outbox, x, weibo, mastodon, radio-script) that knows how to build a
 * {@link Connector} for one configured account.
 *
 * <p>Types are discovered as Spring beans, so a third-party jar adds a channel type by declaring
 * one in its own auto-configuration. Two beans claiming the same {@link #id()} fail start-up.
 */
public interface ConnectorType {

    /** The value of {@code pressdesk.channels.<id>.type} that selects this type, e.g. {@code weibo}. */
    String id();

    /**
     * Builds the connector for one account.
     *
     * @param account the account's id, settings and credentials
     * @return a ready connector
     * @throws InvalidChannelConfigurationException when a required setting is missing or malformed
     */
    Connector create(ChannelAccount account);

    /**
     * The credential names this type reads, so that staff entering credentials are told when a name would be
     * ignored (a typo of {@code access-token}).
     *
     * @return the names; empty when the type does not say, and then every name is accepted
     */
    default Optional<Set<String>> credentialNames() {
        return Optional.empty();
    }
}
