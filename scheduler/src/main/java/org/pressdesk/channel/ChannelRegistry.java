package org.pressdesk.channel;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * The configured channel accounts, each with its connector, built at start-up and again for one channel when
 * its credentials are entered in the application ({@link #build}, {@link #install}). Anything
 * ambiguous or incomplete stops start-up with a message that names the channel: two connector
 * types claiming one id, two channel ids that differ only in case, an unknown type, a setting a
 * type requires.
 */
public class ChannelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ChannelRegistry.class);

    private final Map<String, ConnectorType> typesById;
    /** Each channel as configured, before any credentials entered in the application. */
    private final Map<String, ChannelAccount> configured;
    // Replaced whole (copy on write) when a channel's credentials change, so readers never lock.
    private volatile Map<String, Connector> connectors;
    private volatile Map<String, ChannelAccount> accounts;

    public ChannelRegistry(ChannelsProperties properties, List<ConnectorType> types) {
        this(properties, types, Map.of());
    }

    /**
     * @param stored credentials entered in the application, by channel id and name, overriding the configuration's;
     *               a channel whose stored credentials do not make a connector starts with its configured ones
     */
    public ChannelRegistry(ChannelsProperties properties, List<ConnectorType> types,
                           Map<String, Map<String, String>> stored) {
        this.typesById = typesById(types);
        rejectIdsDifferingOnlyInCase(properties.channels().keySet());
        this.configured = new LinkedHashMap<>();
        Map<String, ChannelAccount> accounts = new LinkedHashMap<>();
        Map<String, Connector> connectors = new LinkedHashMap<>();
        new TreeMap<>(properties.channels()).forEach((id, channel) -> {
            ConnectorType type = typesById.get(channel.type());
            if (type == null) {
                throw new InvalidChannelConfigurationException(id, "unknown type '" + channel.type()
                        + "'; known types: " + typesById.keySet());
            }
            ChannelAccount account = new ChannelAccount(id, channel.type(), channel.displayName(), channel.settings(),
                    channel.credentials());
            configured.put(id, account);
            Rebuilt built = null;
            if (stored.containsKey(id)) {
                try {
                    built = build(id, stored.get(id));
                } catch (InvalidChannelConfigurationException e) {
                    log.warn("Channel {}: its stored credentials {} do not make a connector ({}); starting with the"
                            + " configured ones", id, stored.get(id).keySet(), e.getMessage());
                }
            }
            if (built == null) {
                built = new Rebuilt(account, type.create(account));
            }
            accounts.put(id, built.account());
            connectors.put(id, built.connector());
            log.info("Channel {} ({}) ready: {}", id, channel.type(), account.displayName());
        });
        this.accounts = accounts;
        this.connectors = connectors;
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

    /** The credential names the channel's configuration gives (never their values). */
    public Set<String> configuredCredentialNames(String channelId) {
        ChannelAccount account = configured.get(channelId);
        return account == null ? Set.of() : new TreeSet<>(account.credentials().keySet());
    }

    /** The credential names the channel's connector type reads; empty when the type does not say. */
    public Optional<Set<String>> credentialNames(String channelId) {
        ChannelAccount account = configured.get(channelId);
        return account == null ? Optional.empty() : typesById.get(account.type()).credentialNames();
    }

    /**
     * Builds a channel's connector anew with these credentials over its configured ones, without putting it in
     * service ({@link #install}).
     *
     * @param stored the credentials entered in the application; empty for the configured ones alone
     * @throws InvalidChannelConfigurationException when the type cannot make a connector of them
     */
    public Rebuilt build(String channelId, Map<String, String> stored) {
        ChannelAccount account = configured.get(channelId);
        if (account == null) {
            throw new UnknownChannelException(channelId, ids());
        }
        Map<String, String> credentials = new HashMap<>(account.credentials());
        credentials.putAll(stored);
        ChannelAccount rebuilt = new ChannelAccount(account.id(), account.type(), account.displayName(),
                account.settings(), credentials);
        return new Rebuilt(rebuilt, typesById.get(account.type()).create(rebuilt));
    }

    /** Puts a rebuilt connector in service: what is published from now on goes through it. */
    public synchronized void install(Rebuilt rebuilt) {
        String id = rebuilt.account().id();
        Map<String, Connector> nextConnectors = new LinkedHashMap<>(connectors);
        Map<String, ChannelAccount> nextAccounts = new LinkedHashMap<>(accounts);
        nextConnectors.put(id, rebuilt.connector());
        nextAccounts.put(id, rebuilt.account());
        this.connectors = nextConnectors;
        this.accounts = nextAccounts;
        log.info("Channel {} ({}) rebuilt with new credentials {}", id, rebuilt.account().type(),
                rebuilt.account().credentials().keySet());
    }

    /** A channel's account and connector built with new credentials, not yet in service. */
    public record Rebuilt(ChannelAccount account, Connector connector) {
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
