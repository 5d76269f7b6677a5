package org.pressdesk.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ConnectorType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OutboxConnectorAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxConnectorAutoConfiguration.class));

    @Test
    void registersTheOutboxType() {
        context.run(started -> assertThat(started.getBeansOfType(ConnectorType.class).values())
                .extracting(ConnectorType::id).containsExactly("outbox"));
    }

    @Test
    void anApplicationsOwnBeanReplacesTheBuiltInOne() {
        OutboxConnectorType own = new OutboxConnectorType(java.time.Clock.systemUTC());
        context.withBean(OutboxConnectorType.class, () -> own)
                .run(started -> assertThat(started.getBean(OutboxConnectorType.class)).isSameAs(own));
    }
}
