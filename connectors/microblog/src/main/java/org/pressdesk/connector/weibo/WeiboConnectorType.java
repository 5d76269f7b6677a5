package org.pressdesk.connector.weibo;

import java.time.Clock;
import java.util.Objects;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;

/**
 * {@code type: weibo}. Credential: {@code access-token} (OAuth 2.0 token of the account, issued to
 * the app). Settings: {@code safe-domain} and {@code rip} (required), {@code default-link},
 * {@code uid}, {@code base-url}, {@code connect-timeout}, {@code read-timeout} (see {@link WeiboSettings}).
 */
public final class WeiboConnectorType implements ConnectorType {

    public static final String ID = "weibo";

    private final Clock clock;

    public WeiboConnectorType(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Connector create(ChannelAccount account) {
        WeiboSettings settings = WeiboSettings.from(account);
        WeiboClient client = new WeiboClient(settings, account.requiredCredential("access-token"));
        return new WeiboConnector(account.id(), settings, client, clock);
    }
}
