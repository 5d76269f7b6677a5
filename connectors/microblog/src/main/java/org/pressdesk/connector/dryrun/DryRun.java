package org.pressdesk.connector.dryrun;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.outbox.OutboxConnector;
import org.pressdesk.connector.outbox.OutboxConnectorType;

/**
 * The settings that put a platform channel into dry-run mode: {@code dry-run: true} and
 * {@code folder} (where the publications are written; the outbox's other file settings apply too).
 * Credentials are not needed then, and none is used.
 */
public final class DryRun {

    /** {@code true} or {@code false} (default). */
    public static final String SETTING = "dry-run";

    private DryRun() {
    }

    /** Whether the account asks for a dry run. */
    public static boolean requested(ChannelAccount account) {
        String value = account.setting(SETTING).map(String::trim).map(v -> v.toLowerCase(Locale.ROOT)).orElse("false");
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidChannelConfigurationException(account.id(),
                    "setting '" + SETTING + "' must be true or false, was '" + value + "'");
        };
    }

    /** The dry-run connector of an account: the platform's rules, files in the account's {@code folder}. */
    public static Connector connector(ChannelAccount account, PlatformRules rules, Clock clock) {
        account.requiredSetting("folder");
        Map<String, String> settings = new HashMap<>(account.settings());
        settings.remove("max-length");
        OutboxConnector folder = new OutboxConnectorType(clock).create(new ChannelAccount(account.id(),
                OutboxConnectorType.ID, account.displayName(), settings, Map.of()));
        return new DryRunConnector(account.id(), rules, folder);
    }
}
