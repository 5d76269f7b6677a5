package org.pressdesk.connector.dryrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.x.XConnectorType;

/** {@code type: x} with {@code dry-run: true}: X's counting and rules, files instead of the API, no credentials. */
class XDryRunConnectorTest extends DryRunContractTest {

    @Override
    protected Connector createConnector() {
        return new XConnectorType(CLOCK).create(account(Map.of("dry-run", "true", "folder", folder.toString())));
    }

    @Override
    protected String configuredChannelId() {
        return "x-sample";
    }

    private static ChannelAccount account(Map<String, String> settings) {
        return new ChannelAccount("x-sample", XConnectorType.ID, "X account (sample)", settings, Map.of());
    }

    @Test
    void countsAsXDoesSoThatA274HanCharacterPartIsRefused() {
        String han274 = "漢".repeat(274);

        assertThat(connector().length(han274)).isEqualTo(548);
        assertThat(connector().validate(content(han274))).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(Violation.TOO_LONG);
            assertThat(violation.message()).contains("548").contains("280");
        });
        assertThat(connector().capabilities().lengthCounting()).isEqualTo(LengthCounting.TWITTER_WEIGHTED);
        assertThat(connector().capabilities().maxLength()).isEqualTo(280);
        assertThat(connector().capabilities().threads()).isTrue();
    }

    @Test
    void acceptsExactlyXsWeightedLimitAndRefusesOneOver() {
        assertAcceptsAtLimitAndRefusesOneOver(280,
                Map.of("cjk", "漢".repeat(140), "latin", "a".repeat(280),
                        "url", "a".repeat(256) + " https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t891234.shtml"),
                Map.of("cjk", "漢".repeat(140) + "a", "latin", "a".repeat(281)));
    }

    @Test
    void writesTheFileWithoutCredentialsOrNetwork() throws Exception {
        PublishReceipt receipt = connector().publish(content("第一部分", "第二部分"), "target-7");

        assertThat(receipt.url()).isEqualTo(folder.resolve("target-7.txt").toUri());
        assertThat(read(folder.resolve("target-7.txt"))).contains("channel: x-sample", "--- 1/2 ---\n第一部分",
                "--- 2/2 ---\n第二部分");
    }

    @Test
    void needsAFolderAndAClearSetting() {
        XConnectorType type = new XConnectorType(CLOCK);
        assertThatThrownBy(() -> type.create(account(Map.of("dry-run", "true"))))
                .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'folder'");
        assertThatThrownBy(() -> type.create(account(Map.of("dry-run", "yes", "folder", folder.toString()))))
                .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("'dry-run'");
        assertThatThrownBy(() -> type.create(account(Map.of("dry-run", "false", "folder", folder.toString()))))
                .as("without a dry run, X's credentials are required")
                .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("consumer-key");
    }
}
