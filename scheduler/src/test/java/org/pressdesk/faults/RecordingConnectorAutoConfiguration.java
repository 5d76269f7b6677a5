package org.pressdesk.faults;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Adds the {@code recording} connector type through the connector SPI, as a third-party jar would; test classpath
 * only, and only in nodes started with {@code pressdesk.test.recording-connector=true} (the fault tests' nodes).
 */
@AutoConfiguration
@ConditionalOnProperty(name = "pressdesk.test.recording-connector", havingValue = "true")
public class RecordingConnectorAutoConfiguration {

    @Bean
    RecordingConnectorType recordingConnectorType() {
        return new RecordingConnectorType();
    }
}
