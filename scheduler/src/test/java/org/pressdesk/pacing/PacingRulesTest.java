package org.pressdesk.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.dispatch.ChannelPacing;

/** When a paced channel's next post may go out, and which settings cannot all hold. Office zone Asia/Shanghai. */
class PacingRulesTest {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    /** 10:00 at the office. */
    private static final Instant TEN = Instant.parse("2026-03-02T02:00:00Z");

    private static PacingRules rules(Duration minGap, Integer perHour, Integer perDay, String quiet) {
        return PacingRules.of("weibo-main", new PacingProperties.Pacing(minGap, perHour, perDay, quiet), OFFICE);
    }

    private static Instant at(String officeTime) {
        return java.time.LocalDateTime.parse("2026-03-02T" + officeTime).atZone(OFFICE).toInstant();
    }

    @Test
    void aPostMayGoOutAtOnceWhenNothingHoldsItBack() {
        assertThat(rules(Duration.ofMinutes(30), 4, 20, "22:00-07:00").waitAt(TEN, List.of(at("09:00")))).isEmpty();
    }

    @Test
    void theMinimumGapCountsFromTheLastPost() {
        ChannelPacing.Wait wait = rules(Duration.ofMinutes(30), null, null, null)
                .waitAt(TEN, List.of(at("09:00"), at("09:50"))).orElseThrow();

        assertThat(wait.until()).isEqualTo(at("10:20"));
        assertThat(wait.why()).contains("min-gap PT30M");
    }

    @Test
    void mostPostsPerHourCountARollingHour() {
        ChannelPacing.Wait wait = rules(null, 2, null, null)
                .waitAt(TEN, List.of(at("09:05"), at("09:20"), at("09:40"))).orElseThrow();

        assertThat(wait.until()).isEqualTo(at("10:20"));
        assertThat(wait.why()).contains("max-per-hour 2");
    }

    @Test
    void mostPostsPerDayCountTheOfficesCalendarDayAndWaitForTheNext() {
        ChannelPacing.Wait wait = rules(null, null, 2, null)
                .waitAt(TEN, List.of(at("00:30"), at("08:00"))).orElseThrow();

        assertThat(wait.until()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(wait.why()).contains("max-per-day 2");
    }

    @Test
    void quietHoursRunPastMidnightInTheOfficesZone() {
        PacingRules quiet = rules(null, null, null, "22:00-07:00");

        assertThat(quiet.waitAt(at("23:30"), List.of()).orElseThrow().until())
                .isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(quiet.waitAt(at("06:59"), List.of()).orElseThrow().until()).isEqualTo(at("07:00"));
        assertThat(quiet.waitAt(at("07:00"), List.of())).isEmpty();
        assertThat(quiet.waitAt(at("21:59"), List.of())).isEmpty();
    }

    @Test
    void aWaitThatEndsInQuietHoursMovesToTheirEnd() {
        ChannelPacing.Wait wait = rules(Duration.ofHours(1), null, null, "22:00-07:00")
                .waitAt(at("21:30"), List.of(at("21:15"))).orElseThrow();

        assertThat(wait.until()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(wait.why()).contains("min-gap").contains("quiet hours 22:00-07:00");
    }

    @Test
    void aGapLongerThanTheHoursOutsideTheQuietHoursStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> rules(Duration.ofHours(16), null, null, "22:00-07:00"))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("pressdesk.channels.weibo-main.pacing.min-gap")
                .hasMessageContaining("quiet-hours");
    }

    @Test
    void moreAnHourThanADayStopsStartUpNamingBothKeys() {
        assertThatThrownBy(() -> rules(null, 10, 5, null))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("pressdesk.channels.weibo-main.pacing.max-per-hour (10)")
                .hasMessageContaining("pressdesk.channels.weibo-main.pacing.max-per-day (5)");
    }

    @Test
    void quietHoursThatAreNoRangeStopStartUp() {
        assertThatThrownBy(() -> rules(null, null, null, "22:00"))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("pressdesk.channels.weibo-main.pacing.quiet-hours");
        assertThatThrownBy(() -> rules(null, null, null, "07:00-07:00"))
                .hasMessageContaining("same time");
        assertThatThrownBy(() -> rules(Duration.ZERO, null, null, null))
                .hasMessageContaining("min-gap must be longer than zero");
    }
}
