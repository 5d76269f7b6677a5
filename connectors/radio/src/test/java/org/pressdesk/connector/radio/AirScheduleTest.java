package org.pressdesk.connector.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AirScheduleTest {

    /** Monday, Wednesday and Friday at 17:40 in Beijing; closes half an hour before. */
    private final AirSchedule threeAWeek = new AirSchedule(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(17, 40),
            ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(30));

    @Test
    void anItemDueBeforeTheEpisodeClosesJoinsIt() {
        Airing airing = threeAWeek.firstOpenAt(Instant.parse("2011-12-30T07:00:00Z")); // Friday 15:00

        assertThat(airing.date()).isEqualTo(LocalDate.of(2011, 12, 30));
        assertThat(airing.airsAt().toInstant()).isEqualTo(Instant.parse("2011-12-30T09:40:00Z"));
    }

    @Test
    void theEpisodeStillTakesItemsAtTheMomentItCloses() {
        assertThat(threeAWeek.firstOpenAt(Instant.parse("2011-12-30T09:10:00Z")).date()).isEqualTo(LocalDate.of(2011, 12, 30));
        assertThat(threeAWeek.firstOpenAt(Instant.parse("2011-12-30T09:10:01Z")).date()).isEqualTo(LocalDate.of(2012, 1, 2));
    }

    @Test
    void anItemDueOnADayWithoutTheSegmentWaitsForTheNextDayWithIt() {
        assertThat(threeAWeek.firstOpenAt(Instant.parse("2011-12-31T02:00:00Z")).date()).isEqualTo(LocalDate.of(2012, 1, 2));
        assertThat(threeAWeek.firstOpenAt(Instant.parse("2011-12-27T02:00:00Z")).date()).isEqualTo(LocalDate.of(2011, 12, 28));
    }

    @Test
    void theEpisodeAfterFridaysIsMondays() {
        Airing friday = threeAWeek.airingOn(LocalDate.of(2011, 12, 30));

        assertThat(threeAWeek.after(friday).date()).isEqualTo(LocalDate.of(2012, 1, 2));
        assertThat(threeAWeek.after(threeAWeek.after(friday)).date()).isEqualTo(LocalDate.of(2012, 1, 4));
        assertThat(threeAWeek.airingOn(LocalDate.of(2011, 12, 31))).isNull();
    }

    @Test
    void tellsWhetherAnEpisodeHasAired() {
        Airing friday = threeAWeek.airingOn(LocalDate.of(2011, 12, 30));

        assertThat(friday.airedBy(Instant.parse("2011-12-30T09:39:59Z"))).isFalse();
        assertThat(friday.airedBy(Instant.parse("2011-12-30T09:40:00Z"))).isTrue();
    }
}
