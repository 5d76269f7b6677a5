package org.pressdesk.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.system.FieldProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credentials staff enter in the application for a channel: encrypted at rest ({@link CredentialCipher}), put in
 * force at once by rebuilding the channel's connector with them over the configured ones, and never shown again:
 * everything this answers names credentials, never their values. The page and the API both come here.
 */
public class ChannelCredentials {

    private static final Logger log = LoggerFactory.getLogger(ChannelCredentials.class);

    static final int MAX_VALUE_LENGTH = 4096;
    private static final int MAX_NAME_LENGTH = 100;

    private final CredentialStore store;
    private final Optional<CredentialCipher> cipher;
    private final ChannelRegistry channels;
    private final CredentialActions actions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChannelCredentials(CredentialStore store, Optional<CredentialCipher> cipher, ChannelRegistry channels,
                       CredentialActions actions, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.channels = channels;
        this.actions = actions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether a key is configured, so credentials may be entered. */
    public boolean canEnter() {
        return cipher.isPresent();
    }

    /**
     * Which credentials a channel has and where each comes from; never a value.
     *
     * @throws ChannelNotFoundException when no such channel is configured
     */
    public List<CredentialName> names(String channelId) {
        require(channelId);
        Map<String, CredentialName> names = new TreeMap<>();
        for (String name : channels.configuredCredentialNames(channelId)) {
            names.put(name, new CredentialName(name, Source.CONFIGURATION, null, null, true));
        }
        for (CredentialStore.StoredCredential stored : store.of(channelId)) {
            names.put(stored.name(), new CredentialName(stored.name(), Source.APPLICATION, stored.updatedAt(),
                    stored.updatedBy(), readable(stored)));
        }
        return new ArrayList<>(names.values());
    }

    /** The names the channel's type reads, for the form; empty when the type does not say. */
    public Optional<Set<String>> expectedNames(String channelId) {
        require(channelId);
        return channels.credentialNames(channelId).map(TreeSet::new);
    }

    /**
     * Stores credentials (replacing those of the same names) and puts them in force.
     *
     * @param values name → value; every name one the channel's type reads, when it says which
     * @throws CredentialsKeyMissingException when no key is configured
     * @throws org.pressdesk.system.InvalidFieldException naming each bad name, or when the connector cannot be
     *                                                    built with them (nothing is stored then)
     */
    public void set(String channelId, Map<String, String> values, String actor) {
        require(channelId);
        CredentialCipher key = cipher.orElseThrow(CredentialsKeyMissingException::new);
        Map<String, String> entered = check(channelId, values);
        Instant now = clock.instant();
        ChannelRegistry.Rebuilt rebuilt = transactions.execute(status -> {
            entered.forEach((name, value) -> store.put(channelId, name, key.seal(channelId, name, value), now, actor));
            return rebuild(channelId);
        });
        channels.install(rebuilt);
        actions.set(channelId, entered.keySet(), actor);
    }

    /**
     * Drops stored credentials, so the configured ones apply again.
     *
     * @param names the names to drop; empty for all of the channel's
     * @return the names dropped
     */
    public Set<String> clear(String channelId, Set<String> names, String actor) {
        require(channelId);
        Set<String> dropped = new TreeSet<>();
        ChannelRegistry.Rebuilt rebuilt = transactions.execute(status -> {
            store.of(channelId).stream().map(CredentialStore.StoredCredential::name)
                    .filter(name -> names.isEmpty() || names.contains(name)).forEach(dropped::add);
            store.delete(channelId, dropped);
            return rebuild(channelId);
        });
        channels.install(rebuilt);
        if (!dropped.isEmpty()) {
            actions.cleared(channelId, dropped, actor);
        }
        return dropped;
    }

    /**
     * The stored credentials that open with the configured key, by channel: what the registry starts with.
     * Those that do not open are left out and logged by name.
     */
    static Map<String, Map<String, String>> readable(CredentialStore store, Optional<CredentialCipher> cipher) {
        Map<String, Map<String, String>> readable = new LinkedHashMap<>();
        for (CredentialStore.StoredCredential stored : store.all()) {
            try {
                String value = open(cipher, stored);
                readable.computeIfAbsent(stored.channelId(), id -> new LinkedHashMap<>()).put(stored.name(), value);
            } catch (CredentialUnreadableException e) {
                log.warn("{}; the channel uses its configured credential of that name, if any", e.getMessage());
            }
        }
        return readable;
    }

    private ChannelRegistry.Rebuilt rebuild(String channelId) {
        Map<String, String> stored = new LinkedHashMap<>();
        for (CredentialStore.StoredCredential credential : store.of(channelId)) {
            try {
                stored.put(credential.name(), open(credential));
            } catch (CredentialUnreadableException e) {
                log.warn("{}; left out", e.getMessage());
            }
        }
        try {
            return channels.build(channelId, stored);
        } catch (InvalidChannelConfigurationException e) {
            throw new org.pressdesk.system.InvalidFieldException("credentials", e.getMessage());
        }
    }

    private String open(CredentialStore.StoredCredential stored) {
        return open(cipher, stored);
    }

    private static String open(Optional<CredentialCipher> cipher, CredentialStore.StoredCredential stored) {
        CredentialCipher key = cipher.orElseThrow(() -> new CredentialUnreadableException(stored.channelId(),
                stored.name(), "no pressdesk.security.credentials-key is configured"));
        return key.open(stored.channelId(), stored.name(), stored.sealed());
    }

    private boolean readable(CredentialStore.StoredCredential stored) {
        try {
            open(stored);
            return true;
        } catch (CredentialUnreadableException e) {
            return false;
        }
    }

    private Map<String, String> check(String channelId, Map<String, String> values) {
        FieldProblems problems = new FieldProblems();
        Map<String, String> entered = new TreeMap<>();
        Optional<Set<String>> expected = channels.credentialNames(channelId);
        if (values == null || values.isEmpty()) {
            problems.add("credentials", "name at least one credential and its value");
        } else {
            values.forEach((typed, value) -> {
                String name = typed == null ? "" : typed.strip();
                if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || !name.matches("[A-Za-z0-9._-]+")) {
                    problems.add("credentials", "a credential name is letters, digits, '.', '_' or '-', at most "
                            + MAX_NAME_LENGTH + " long");
                } else if (expected.isPresent() && !expected.get().contains(name)) {
                    problems.add(name, "a " + channels.accounts().stream().filter(a -> a.id().equals(channelId))
                            .findFirst().orElseThrow().type() + " channel does not read a credential '" + name
                            + "'; it reads " + new TreeSet<>(expected.get()));
                } else if (value == null || value.isBlank()) {
                    problems.add(name, "must not be blank");
                } else if (value.length() > MAX_VALUE_LENGTH) {
                    problems.add(name, "must be at most " + MAX_VALUE_LENGTH + " characters");
                } else {
                    entered.put(name, value.strip());
                }
            });
        }
        problems.throwIfAny();
        return entered;
    }

    private void require(String channelId) {
        if (!channels.ids().contains(channelId)) {
            throw new ChannelNotFoundException(channelId, channels.ids());
        }
    }

    /** Where a channel's credential of one name comes from. */
    public enum Source {
        /** {@code pressdesk.channels.<id>.credentials}. */
        CONFIGURATION,
        /** Entered in the application, encrypted in the database; overrides the configuration's. */
        APPLICATION
    }

    /**
     * One credential a channel has, without its value.
     *
     * @param updatedAt when it was entered; null for the configuration's
     * @param updatedBy who entered it; null for the configuration's
     * @param readable  false when it was stored but the configured key cannot open it (so it is not in force)
     */
    public record CredentialName(String name, Source source, Instant updatedAt, String updatedBy, boolean readable) {
    }
}
