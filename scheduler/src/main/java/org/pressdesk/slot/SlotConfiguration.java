package org.pressdesk.slot;

import org.pressdesk.system.OfficeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The slot planner, in the office's zone. */
@Configuration(proxyBeanMethods = false)
class SlotConfiguration {

    @Bean
    SlotPlanner slotPlanner(SlotsProperties slots, OfficeProperties office) {
        return new SlotPlanner(slots, office.zone());
    }
}
