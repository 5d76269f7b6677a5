package org.pressdesk.connector.radio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ConnectorType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RadioConnectorAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RadioConnectorAutoConfiguration.class));

    @Test
    void registersTheRadioScriptType() {
        context.run(started -> assertThat(started.getBeansOfType(ConnectorType.class).values())
                .extracting(ConnectorType::id).containsExactly("radio-script"));
    }

    @Test
    void anApplicationsOwnBeanReplacesTheBuiltInOne() {
        RadioScriptConnectorType own = new RadioScriptConnectorType(java.time.Clock.systemUTC());
        context.withBean(RadioScriptConnectorType.class, () -> own)
                .run(started -> assertThat(started.getBean(RadioScriptConnectorType.class)).isSameAs(own));
    }
}
