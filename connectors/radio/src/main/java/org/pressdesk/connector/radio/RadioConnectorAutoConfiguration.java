package org.pressdesk.connector.radio;

import java.time.Clock;
import org.pressdesk.connector.OfficeZone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers the {@code radio-script} connector type; an application's own bean of the same class replaces it. */
@AutoConfiguration
public class RadioConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RadioScriptConnectorType radioScriptConnectorType(ObjectProvider<Clock> clock, ObjectProvider<OfficeZone> office) {
        return new RadioScriptConnectorType(clock.getIfAvailable(Clock::systemUTC),
                office.getIfAvailable(() -> OfficeZone.DEFAULT).zone());
    }
}
