package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** A node's id is written into leases and the audit's actor, columns of 100 characters. */
class NodeIdTest {

    @Test
    void aLongHostNameIsShortenedSoTheIdFitsWhereItIsStored() {
        String host = "pressdesk-" + "a".repeat(240) + ".example.gov";

        String id = NodeId.of("", () -> host);

        assertThat(id).hasSizeLessThanOrEqualTo(NodeId.MAX_LENGTH).startsWith("pressdesk-aaaa").matches(".*-[0-9a-f]{8}");
        assertThat(("dispatcher@" + id).length()).isLessThanOrEqualTo(100);
    }

    @Test
    void aConfiguredIdIsTakenAsItIs() {
        assertThat(NodeId.of("node-1", () -> "ignored")).isEqualTo("node-1");
    }

    @Test
    void aConfiguredIdTooLongToStoreStopsStartUp() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Properties.class)
                .withPropertyValues("pressdesk.dispatch.node-id=" + "n".repeat(NodeId.MAX_LENGTH + 1))
                .run(context -> assertThat(context).hasFailed());
    }

    @EnableConfigurationProperties(DispatchProperties.class)
    static class Properties {
    }
}
