package org.pressdesk.slot;

import java.time.Clock;
import org.pressdesk.system.OfficeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The slot planner, in the office's zone and on the application's clock. */
@Configuration(proxyBeanMethods = false)
class SlotConfiguration {

    @Bean
    SlotPlanner slotPlanner(SlotsProperties slots, Clock clock, OfficeProperties office) {
        return new SlotPlanner(slots, clock, office.zone());
    }
}
