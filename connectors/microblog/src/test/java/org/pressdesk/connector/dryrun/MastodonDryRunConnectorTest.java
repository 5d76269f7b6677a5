package org.pressdesk.connector.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.mastodon.MastodonConnectorType;

/** {@code type: mastodon} with {@code dry-run: true}: Mastodon's counting at {@code max-characters}, no instance asked. */
class MastodonDryRunConnectorTest extends DryRunContractTest {

    @Override
    protected Connector createConnector() {
        return connector(Map.of("max-characters", "200"));
    }

    private Connector connector(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("dry-run", "true");
        all.put("folder", folder.toString());
        return new MastodonConnectorType(CLOCK).create(new ChannelAccount("mastodon-sample", MastodonConnectorType.ID,
                null, all, Map.of()));
    }

    @Override
    protected String configuredChannelId() {
        return "mastodon-sample";
    }

    @Test
    void countsAsMastodonDoesAtTheConfiguredOrDefaultLimit() {
        assertThat(connector().capabilities().lengthCounting()).isEqualTo(LengthCounting.CODE_POINTS);
        assertThat(connector().capabilities().maxLength()).isEqualTo(200);
        assertThat(connector().length("見 https://www.fmprc.gov.cn/web/fyrbt_673021/jzhsl_673025/t891234.shtml"))
                .isEqualTo(2 + 23);
        assertThat(connector(Map.of()).capabilities().maxLength()).isEqualTo(500);
    }
}
