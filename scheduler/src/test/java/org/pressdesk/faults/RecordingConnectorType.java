package org.pressdesk.faults;

import java.nio.file.Path;
import java.time.Duration;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;

/** {@code type: recording}. Settings: {@code folder} (required), {@code call-time} (how long each call takes; default 0). */
final class RecordingConnectorType implements ConnectorType {

    @Override
    public String id() {
        return "recording";
    }

    @Override
    public Connector create(ChannelAccount account) {
        return new RecordingConnector(account.id(), Path.of(account.requiredSetting("folder")),
                account.setting("call-time").map(Duration::parse).orElse(Duration.ZERO));
    }
}
