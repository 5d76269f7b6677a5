package org.pressdesk.connector.outbox;

import java.nio.file.Path;
import java.time.Clock;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.FileMode;
import org.pressdesk.connector.InvalidChannelConfigurationException;

/**
 * {@code type: outbox}. Settings: {@code folder} (required), {@code max-length} (optional, in
 * code points; 0 or absent = unlimited), {@code file-mode} (optional, octal; default {@code 0640}, see
 * {@link FileMode}).
 */
public final class OutboxConnectorType implements ConnectorType {

    public static final String ID = "outbox";

    private final Clock clock;

    public OutboxConnectorType(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public OutboxConnector create(ChannelAccount account) {
        Path folder = Path.of(account.requiredSetting("folder")).toAbsolutePath().normalize();
        int maxLength = account.setting("max-length").map(value -> parseMaxLength(account, value)).orElse(0);
        return new OutboxConnector(account.id(), folder, maxLength, clock, FileMode.of(account));
    }

    private static int parseMaxLength(ChannelAccount account, String value) {
        try {
            int maxLength = Integer.parseInt(value.trim());
            if (maxLength < 0) {
                throw new NumberFormatException();
            }
            return maxLength;
        } catch (NumberFormatException e) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting 'max-length' must be a whole number >= 0, was '" + value + "'");
        }
    }
}
