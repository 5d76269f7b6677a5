package org.pressdesk.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code pressdesk.slots.<channel>} as an office writes it, and settings that give no usable slots refused at start-up. */
class SlotsPropertiesBindingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SlotsProperties.class)
    static class Slots {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Slots.class);

    @Test
    void bindsListedTimesAndARangeWithItsLimitsPerChannel() {
        context.withPropertyValues("pressdesk.slots.weibo-main.times=18:00,09:00,12:30",
                        "pressdesk.slots.weibo-main.days-off=SATURDAY,SUNDAY",
                        "pressdesk.slots.x-main.first=08:00", "pressdesk.slots.x-main.last=22:00",
                        "pressdesk.slots.x-main.minimum-gap=90m", "pressdesk.slots.x-main.max-per-day=6",
                        "pressdesk.slots.x-main.dates-off=2026-10-01")
                .run(started -> {
                    SlotsProperties slots = started.getBean(SlotsProperties.class);
                    SlotsProperties.Slots weibo = slots.of("Weibo-Main").orElseThrow();
                    assertThat(weibo.timesOfDay()).containsExactly(LocalTime.of(9, 0), LocalTime.of(12, 30),
                            LocalTime.of(18, 0));
                    assertThat(weibo.daysOff()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    SlotsProperties.Slots x = slots.of("x-main").orElseThrow();
                    assertThat(x.minimumGap()).isEqualTo(Duration.ofMinutes(90));
                    assertThat(x.maxPerDay()).isEqualTo(6);
                    assertThat(x.timesOfDay()).hasSize(10).endsWith(LocalTime.of(21, 30));
                    assertThat(slots.of("radio-main")).isEmpty();
                });
    }

    @Test
    void aRangeWithoutItsGapStopsStartUpNamingTheChannel() {
        context.withPropertyValues("pressdesk.slots.x-main.first=08:00", "pressdesk.slots.x-main.last=22:00")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("first, last and minimum-gap"));
        context.withPropertyValues("pressdesk.slots.x-main.first=08:00", "pressdesk.slots.x-main.last=22:00")
                .run(started -> assertThat(started.getStartupFailure()).hasStackTraceContaining("pressdesk.slots.x-main"));
    }

    @Test
    void aMaximumPerDayBelowOneStopsStartUp() {
        context.withPropertyValues("pressdesk.slots.x-main.times=08:00", "pressdesk.slots.x-main.max-per-day=0")
                .run(started -> assertThat(started).hasFailed());
    }
}
