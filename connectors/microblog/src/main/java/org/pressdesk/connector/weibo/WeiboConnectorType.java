package org.pressdesk.connector.weibo;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorType;
import org.pressdesk.connector.dryrun.DryRun;

/**
 * {@code type: weibo}. Credential: {@code access-token} (OAuth 2.0 token of the account, issued to
 * the app). Settings: {@code safe-domain} and {@code rip} (required), {@code default-link},
 * {@code uid}, {@code base-url}, {@code connect-timeout}, {@code read-timeout} (see {@link WeiboSettings}).
 * With {@code dry-run: true} and {@code folder}: only {@code safe-domain} and {@code default-link}, no
 * credential (see {@link DryRun}).
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
    public Optional<Set<String>> credentialNames() {
        return Optional.of(Set.of("access-token"));
    }

    /** A Weibo connector, or with {@code dry-run: true} one that counts as Weibo does and writes to {@code folder} instead. */
    @Override
    public Connector create(ChannelAccount account) {
        if (DryRun.requested(account)) {
            return DryRun.connector(account, WeiboRules.from(account), clock);
        }
        WeiboSettings settings = WeiboSettings.from(account);
        WeiboClient client = new WeiboClient(settings, account.requiredCredential("access-token"));
        return new WeiboConnector(account.id(), settings, client, clock);
    }
}
