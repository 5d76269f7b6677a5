package org.pressdesk.system;

import org.pressdesk.connector.OfficeZone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's zone for the modules that show local times: the templates' dates and a radio segment's air
 * time follow {@code pressdesk.office.zone} unless {@code pressdesk.templates.zone} or the segment's
 * {@code zone} setting says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class OfficeZoneConfiguration {

    @Bean
    OfficeZone officeZone(OfficeProperties office) {
        return new OfficeZone(office.zone());
    }
}
