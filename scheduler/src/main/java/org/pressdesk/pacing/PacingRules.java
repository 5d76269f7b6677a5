package org.pressdesk.pacing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.dispatch.ChannelPacing;

/**
 * One channel's pacing, checked at start-up: when its next post may go out, given when its recent posts
 * went out. Pure: the caller reads the recent posts.
 */
final class PacingRules {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Duration minGap;
    private final Integer maxPerHour;
    private final Integer maxPerDay;
    private final QuietHours quiet;
    private final ZoneId zone;

    private PacingRules(Duration minGap, Integer maxPerHour, Integer maxPerDay, QuietHours quiet, ZoneId zone) {
        this.minGap = minGap;
        this.maxPerHour = maxPerHour;
        this.maxPerDay = maxPerDay;
        this.quiet = quiet;
        this.zone = zone;
    }

    /**
     * Checks one channel's settings against each other.
     *
     * @throws InvalidChannelConfigurationException naming the key, for settings that cannot all hold
     */
    static PacingRules of(String channelId, PacingProperties.Pacing pacing, ZoneId zone) {
        String key = "pressdesk.channels." + channelId + ".pacing.";
        if (pacing.minGap() != null && (pacing.minGap().isNegative() || pacing.minGap().isZero())) {
            throw new InvalidChannelConfigurationException(channelId, key + "min-gap must be longer than zero");
        }
        if (pacing.maxPerHour() != null && pacing.maxPerDay() != null && pacing.maxPerHour() > pacing.maxPerDay()) {
            throw new InvalidChannelConfigurationException(channelId, key + "max-per-hour (" + pacing.maxPerHour()
                    + ") is more than " + key + "max-per-day (" + pacing.maxPerDay() + ")");
        }
        QuietHours quiet = null;
        if (pacing.quietHours() != null && !pacing.quietHours().isBlank()) {
            try {
                quiet = QuietHours.parse(pacing.quietHours());
            } catch (IllegalArgumentException e) {
                throw new InvalidChannelConfigurationException(channelId, key + "quiet-hours: " + e.getMessage());
            }
            if (pacing.minGap() != null && pacing.minGap().compareTo(quiet.open()) > 0) {
                throw new InvalidChannelConfigurationException(channelId, key + "min-gap (" + pacing.minGap()
                        + ") is longer than the " + quiet.open() + " a day outside " + key + "quiet-hours (" + quiet
                        + ") allow: at most one post a day could keep it");
            }
        }
        if (pacing.minGap() != null && pacing.maxPerDay() != null && pacing.maxPerDay() > 1
                && pacing.minGap().compareTo(Duration.ofDays(1)) >= 0) {
            throw new InvalidChannelConfigurationException(channelId, key + "min-gap (" + pacing.minGap()
                    + ") of a day or more leaves no room for " + key + "max-per-day (" + pacing.maxPerDay() + ")");
        }
        return new PacingRules(pacing.minGap(), pacing.maxPerHour(), pacing.maxPerDay(), quiet, zone);
    }

    /** How far back the posts that can hold the next one back go. */
    Duration lookBack() {
        Duration back = Duration.ofHours(25);
        return minGap != null && minGap.compareTo(back) > 0 ? minGap : back;
    }

    /**
     * When the channel's next post may go out.
     *
     * @param now    the current instant
     * @param recent when the channel's recent posts went out (any order; those in flight count as now)
     * @return empty when it may go out now; the wait and the settings behind it otherwise
     */
    Optional<ChannelPacing.Wait> waitAt(Instant now, List<Instant> recent) {
        List<Instant> sorted = new ArrayList<>(recent);
        sorted.sort(Comparator.naturalOrder());
        Set<String> why = new LinkedHashSet<>();
        Set<ChannelPacing.Rule> rules = EnumSet.noneOf(ChannelPacing.Rule.class);
        Instant at = now;
        // Each rule can only move the time later, so this settles in a few rounds.
        for (int round = 0; round < 50; round++) {
            Instant before = at;
            if (minGap != null && !sorted.isEmpty() && at.isBefore(sorted.getLast().plus(minGap))) {
                at = sorted.getLast().plus(minGap);
                why.add("min-gap " + minGap + " after the last post at " + sorted.getLast());
                rules.add(ChannelPacing.Rule.MIN_GAP);
            }
            if (maxPerHour != null) {
                Instant from = at.minus(HOUR);
                List<Instant> lastHour = sorted.stream().filter(p -> p.isAfter(from)).toList();
                if (lastHour.size() >= maxPerHour) {
                    at = lastHour.get(lastHour.size() - maxPerHour).plus(HOUR);
                    why.add("max-per-hour " + maxPerHour + " reached");
                    rules.add(ChannelPacing.Rule.MAX_PER_HOUR);
                }
            }
            if (maxPerDay != null) {
                LocalDate day = at.atZone(zone).toLocalDate();
                // the office's calendar day, as staff count "posts a day"
                long sameDay = sorted.stream().filter(p -> p.atZone(zone).toLocalDate().equals(day)).count();
                if (sameDay >= maxPerDay) {
                    at = day.plusDays(1).atStartOfDay(zone).toInstant();
                    why.add("max-per-day " + maxPerDay + " reached on " + day);
                    rules.add(ChannelPacing.Rule.MAX_PER_DAY);
                }
            }
            if (quiet != null) {
                Instant after = quiet.endAfter(at, zone);
                if (!after.equals(at)) {
                    at = after;
                    why.add("quiet hours " + quiet);
                    rules.add(ChannelPacing.Rule.QUIET_HOURS);
                }
            }
            if (at.equals(before)) {
                break;
            }
        }
        return at.equals(now) ? Optional.empty() : Optional.of(new ChannelPacing.Wait(at, String.join("; ", why), rules));
    }
}
