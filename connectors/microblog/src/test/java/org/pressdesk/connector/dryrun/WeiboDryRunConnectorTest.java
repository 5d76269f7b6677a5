package org.pressdesk.connector.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.weibo.WeiboConnectorType;

/** {@code type: weibo} with {@code dry-run: true}: Weibo's counting (the added link included), no token, no rip. */
class WeiboDryRunConnectorTest extends DryRunContractTest {

    @Override
    protected Connector createConnector() {
        return new WeiboConnectorType(CLOCK).create(new ChannelAccount("weibo-sample", WeiboConnectorType.ID, null,
                Map.of("dry-run", "true", "folder", folder.toString(), "safe-domain", "www.fmprc.gov.cn"), Map.of()));
    }

    @Override
    protected String configuredChannelId() {
        return "weibo-sample";
    }

    @Test
    void countsAsWeiboDoesWithTheSafeDomainLinkAndRefusesTopicTags() {
        assertThat(connector().capabilities().lengthCounting()).isEqualTo(LengthCounting.WEIBO);
        assertThat(connector().length("外交部发言人洪磊就伊朗与六国对话等答记者问")).isEqualTo(32);
        assertThat(connector().validate(content("答".repeat(129)))).isEmpty();
        assertThat(connector().validate(content("答".repeat(130)))).isNotEmpty();
        assertThat(connector().validate(content("#外交部# 答记者问"))).extracting(v -> v.code()).containsExactly("topic-tag");
        assertThat(connector().capabilities().threads()).isFalse();
    }
}
