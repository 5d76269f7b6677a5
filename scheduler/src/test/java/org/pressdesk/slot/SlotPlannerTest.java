package org.pressdesk.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.slot.SlotsProperties.Slots;
import org.pressdesk.testing.SettableClock;

class SlotPlannerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final SettableClock clock = new SettableClock(at(MONDAY, "10:00"));

    private static Instant at(LocalDate day, String time) {
        return at(day, time, SHANGHAI);
    }

    private static Instant at(LocalDate day, String time, ZoneId zone) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private SlotPlanner planner(Slots slots) {
        return planner(slots, SHANGHAI);
    }

    private SlotPlanner planner(Slots slots, ZoneId zone) {
        return new SlotPlanner(new SlotsProperties(Map.of("weibo-main", slots)), zone);
    }

    @Test
    void listedTimesGiveTheNextOnesAfterTheStartAndSpillToTheNextDay() {
        SlotPlanner planner = planner(Slots.at(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(18, 0)));

        assertThat(planner.nextFree("weibo-main", clock.instant(), List.of(), 4)).containsExactly(at(MONDAY, "12:00"),
                at(MONDAY, "18:00"), at(MONDAY.plusDays(1), "09:00"), at(MONDAY.plusDays(1), "12:00"));
    }

    @Test
    void aSlotAtTheStartItselfIsFree() {
        SlotPlanner planner = planner(Slots.at(LocalTime.of(10, 0)));

        assertThat(planner.nextFree("weibo-main", at(MONDAY, "10:00"), List.of(), 1))
                .containsExactly(at(MONDAY, "10:00"));
    }

    @Test
    void takenSlotsAreSkipped() {
        SlotPlanner planner = planner(Slots.at(LocalTime.of(12, 0), LocalTime.of(15, 0), LocalTime.of(18, 0)));

        assertThat(planner.nextFree("weibo-main", clock.instant(), List.of(at(MONDAY, "12:00"), at(MONDAY, "18:00")), 2))
                .containsExactly(at(MONDAY, "15:00"), at(MONDAY.plusDays(1), "12:00"));
    }

    @Test
    void firstLastAndGapGiveSlotsEveryGapUpToTheLast() {
        SlotPlanner planner = planner(Slots.every(Duration.ofMinutes(45), LocalTime.of(8, 0), LocalTime.of(11, 0)));

        assertThat(planner.nextFree("weibo-main", at(MONDAY, "09:00"), List.of(), 4)).containsExactly(
                at(MONDAY, "09:30"), at(MONDAY, "10:15"), at(MONDAY, "11:00"), at(MONDAY.plusDays(1), "08:00"));
    }

    @Test
    void daysOffAndDatesOffHaveNoSlots() {
        Slots slots = Slots.at(LocalTime.of(9, 0)).withDaysOff(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .withDatesOff(MONDAY.plusDays(7));
        LocalDate friday = MONDAY.plusDays(4);

        assertThat(planner(slots).nextFree("weibo-main", at(friday, "10:00"), List.of(), 2))
                .containsExactly(at(MONDAY.plusDays(8), "09:00"), at(MONDAY.plusDays(9), "09:00"));
    }

    @Test
    void atMostMaxPerDayCountingPostsScheduledThatDayByHand() {
        Slots slots = Slots.every(Duration.ofHours(1), LocalTime.of(9, 0), LocalTime.of(17, 0)).withMaxPerDay(3);
        // One slot taken, one post given 09:20 by hand: one more slot fits today.
        List<Instant> taken = List.of(at(MONDAY, "09:00"), at(MONDAY, "09:20"));

        assertThat(planner(slots).nextFree("weibo-main", clock.instant(), taken, 3))
                .containsExactly(at(MONDAY, "10:00"), at(MONDAY.plusDays(1), "09:00"), at(MONDAY.plusDays(1), "10:00"));
    }

    @Test
    void slotsAreTimesOfTheOfficesDayNotOfUtc() {
        // 23:30 in Shanghai is 15:30 UTC: still Monday at the office.
        SlotPlanner planner = planner(Slots.at(LocalTime.of(23, 30)).withMaxPerDay(1));

        assertThat(planner.nextFree("weibo-main", at(MONDAY, "00:05"), List.of(), 1))
                .containsExactly(Instant.parse("2026-03-02T15:30:00Z"));
    }

    @Test
    void onTheDayClocksGoForwardASlotThatDoesNotExistIsSkippedAndTheOthersKeepTheirLocalTimes() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate springForward = LocalDate.of(2026, 3, 8); // 02:00 EST becomes 03:00 EDT
        SlotPlanner planner = planner(Slots.every(Duration.ofMinutes(30), LocalTime.of(1, 0), LocalTime.of(3, 30)),
                newYork);

        assertThat(planner.nextFree("weibo-main", at(springForward, "00:00", newYork), List.of(), 4)).containsExactly(
                Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T06:30:00Z"),
                Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void onTheDayClocksGoBackATimeThatHappensTwiceIsOneSlot() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate fallBack = LocalDate.of(2026, 11, 1); // 02:00 EDT becomes 01:00 EST
        SlotPlanner planner = planner(Slots.at(LocalTime.of(1, 30), LocalTime.of(9, 0)), newYork);

        assertThat(planner.nextFree("weibo-main", at(fallBack, "00:00", newYork), List.of(), 2))
                .containsExactly(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T14:00:00Z"));
    }

    @Test
    void theChannelIdIsComparedAsNamesAre() {
        SlotPlanner planner = planner(Slots.at(LocalTime.of(12, 0)));

        assertThat(planner.nextFree("WEIBO-MAIN", clock.instant(), List.of(), 1)).containsExactly(at(MONDAY, "12:00"));
    }

    @Test
    void aChannelWithoutSlotsIsRefusedNamingIt() {
        SlotPlanner planner = planner(Slots.at(LocalTime.of(12, 0)));

        assertThatThrownBy(() -> planner.nextFree("radio-main", clock.instant(), List.of(), 1))
                .isInstanceOf(NoSlotsException.class).hasMessageContaining("'radio-main'")
                .hasMessageContaining("pressdesk.slots.radio-main");
    }

    @Test
    void settingsThatGiveNoUsableSlotsAreRefused() {
        assertThatThrownBy(() -> Slots.every(Duration.ZERO, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .hasMessageContaining("minimum-gap must be positive");
        assertThatThrownBy(() -> Slots.every(Duration.ofHours(1), LocalTime.of(10, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("before first");
        assertThatThrownBy(() -> Slots.at().withMaxPerDay(1)).hasMessageContaining("give times");
        assertThatThrownBy(() -> Slots.at(LocalTime.NOON).withDaysOff(DayOfWeek.values()))
                .hasMessageContaining("every weekday is a day off");
    }
}
