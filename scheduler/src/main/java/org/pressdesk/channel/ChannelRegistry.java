package org.pressdesk.channel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.system.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured channel accounts, each with its connector, built once at start-up. Anything
 * ambiguous or incomplete stops start-up with a message that names the channel: two connector
 * types claiming one id, two channel ids that differ only in case, an unknown type, a setting a
 * type requires.
 */
public class ChannelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ChannelRegistry.class);

    private final Map<String, Connector> connectors;
    private final Map<String, ChannelAccount> accounts;

    public ChannelRegistry(ChannelsProperties properties, List<ConnectorType> types) {
        Map<String, ConnectorType> typesById = typesById(types);
        rejectIdsDifferingOnlyInCase(properties.channels().keySet());
        this.accounts = new LinkedHashMap<>();
        this.connectors = new LinkedHashMap<>();
        new TreeMap<>(properties.channels()).forEach((id, channel) -> {
            ConnectorType type = typesById.get(channel.type());
            if (type == null) {
                throw new InvalidChannelConfigurationException(id, "unknown type '" + channel.type()
                        + "'; known types: " + typesById.keySet());
            }
            ChannelAccount account = new ChannelAccount(id, channel.type(), channel.displayName(), channel.settings(),
                    channel.credentials());
            accounts.put(id, account);
            connectors.put(id, type.create(account));
            log.info("Channel {} ({}) ready: {}", id, channel.type(), account.displayName());
        });
    }

    public Optional<Connector> find(String channelId) {
        return Optional.ofNullable(connectors.get(channelId));
    }

    /** The connector of a configured channel. */
    public Connector require(String channelId) {
        return find(channelId).orElseThrow(() -> new UnknownChannelException(channelId, connectors.keySet()));
    }

    /**
     * The configured id a channel id typed by a person stands for, compared as {@link Names} are:
     * ids are unique ignoring case, so {@code X-SAMPLE} (or full-width {@code ｘ-sample}) finds {@code x-sample}.
     */
    public Optional<String> idOf(String typed) {
        String wanted = Names.normalise(typed);
        return connectors.keySet().stream().filter(configured -> Names.normalise(configured).equals(wanted))
                .findFirst();
    }

    /** The ids of the configured channels. */
    public Collection<String> ids() {
        return connectors.keySet();
    }

    public Collection<ChannelAccount> accounts() {
        return accounts.values();
    }

    private static Map<String, ConnectorType> typesById(List<ConnectorType> types) {
        Map<String, List<ConnectorType>> byId = types.stream().collect(Collectors.groupingBy(ConnectorType::id));
        byId.forEach((id, claimants) -> {
            if (claimants.size() > 1) {
                throw new IllegalStateException("Connector type id '" + id + "' is claimed by "
                        + claimants.stream().map(type -> type.getClass().getName()).toList()
                        + "; exclude or replace all but one");
            }
        });
        return types.stream().collect(Collectors.toMap(ConnectorType::id, Function.identity()));
    }

    private static void rejectIdsDifferingOnlyInCase(Collection<String> ids) {
        Map<String, List<String>> byFoldedId = ids.stream()
                .collect(Collectors.groupingBy(id -> id.toLowerCase(Locale.ROOT)));
        byFoldedId.values().stream().filter(same -> same.size() > 1).findFirst().ifPresent(same -> {
            throw new IllegalStateException("Duplicate channel ids " + same
                    + ": channel ids must be unique ignoring case");
        });
    }
}
