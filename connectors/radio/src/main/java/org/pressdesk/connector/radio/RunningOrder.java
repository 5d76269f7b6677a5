package org.pressdesk.connector.radio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One episode's plan: the host's intro, the items in running order with their read times, the outro, and
 * what had to move to the next episode. A pause of {@value #PAUSE_SECONDS} s follows the intro and every item
 * (the SSML's breaks), and counts like reading time.
 *
 * @param airing         the episode
 * @param intro          the host's opening lines
 * @param entries        the items that stay, in running order
 * @param outro          the host's closing lines
 * @param carried        the items moved to the next episode, in running order
 * @param slotSeconds    the slot's length
 * @param plannedSeconds the length with every queued item, before any moved
 */
record RunningOrder(Airing airing, Cue intro, List<Entry> entries, Cue outro, List<QueuedItem> carried,
                    int slotSeconds, int plannedSeconds) {

    /** The silence after the intro and after each item: {@code <break time="1s"/>} in the SSML. */
    static final int PAUSE_SECONDS = 1;

    /**
     * A part of the script that is read aloud.
     *
     * @param readText     the text as it is read (numbers and dates in words)
     * @param seconds      how long it takes to read
     * @param startSeconds the time on air when it starts, counted from the start of the segment
     */
    record Cue(String readText, int seconds, int startSeconds) {

        /** The time on air when it ends, counted from the start of the segment. */
        int cumulativeSeconds() {
            return startSeconds + seconds;
        }
    }

    /**
     * An item in the running order.
     *
     * @param number its place, from 1
     * @param item   the queued item
     * @param cue    its read text and times
     */
    record Entry(int number, QueuedItem item, Cue cue) {
    }

    /**
     * Plans an episode. Items go in {@link QueuedItem#RUNNING_ORDER}; while the whole is longer than the slot,
     * the last item (the lowest priority, the latest to come) moves to the next episode, but the episode
     * always keeps its first item, however long: a single item too long for the slot is an editor's call.
     *
     * @param airing      the episode
     * @param items       what is queued for it
     * @param slotSeconds the slot
     * @param intro       the intro's read text for a number of items
     * @param outro       the outro's read text for a number of items
     * @param readText    an item's read text
     * @param speed       the presenter's reading speed
     */
    static RunningOrder plan(Airing airing, List<QueuedItem> items, int slotSeconds, IntFunction<String> intro,
                             IntFunction<String> outro, Function<QueuedItem, String> readText, ReadingSpeed speed) {
        List<QueuedItem> kept = new ArrayList<>(items.stream().sorted(QueuedItem.RUNNING_ORDER).toList());
        List<String> texts = new ArrayList<>(kept.stream().map(readText).toList());
        List<Integer> seconds = new ArrayList<>(texts.stream().map(speed::seconds).toList());
        int planned = total(kept.size(), seconds, intro, outro, speed);
        List<QueuedItem> carried = new ArrayList<>();
        while (kept.size() > 1 && total(kept.size(), seconds, intro, outro, speed) > slotSeconds) {
            carried.addFirst(kept.removeLast());
            texts.removeLast();
            seconds.removeLast();
        }

        String introText = intro.apply(kept.size());
        Cue introCue = new Cue(introText, speed.seconds(introText), 0);
        int elapsed = introCue.cumulativeSeconds();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Cue cue = new Cue(texts.get(i), seconds.get(i), elapsed + PAUSE_SECONDS);
            entries.add(new Entry(i + 1, kept.get(i), cue));
            elapsed = cue.cumulativeSeconds();
        }
        String outroText = outro.apply(kept.size());
        Cue outroCue = new Cue(outroText, speed.seconds(outroText), elapsed + PAUSE_SECONDS);
        return new RunningOrder(airing, introCue, List.copyOf(entries), outroCue, List.copyOf(carried), slotSeconds,
                planned);
    }

    private static int total(int count, List<Integer> seconds, IntFunction<String> intro, IntFunction<String> outro,
                             ReadingSpeed speed) {
        int items = seconds.stream().limit(count).mapToInt(Integer::intValue).sum();
        return speed.seconds(intro.apply(count)) + items + speed.seconds(outro.apply(count)) + pauses(count);
    }

    /** The pauses in an episode of this many items: after the intro and after each item. */
    static int pauses(int itemCount) {
        return (itemCount + 1) * PAUSE_SECONDS;
    }

    /** The pauses in this episode. */
    int pauseSeconds() {
        return pauses(entries.size());
    }

    /** The length on air as planned now, pauses included. */
    int totalSeconds() {
        return outro.cumulativeSeconds();
    }

    /** Whether the queued items did not fit the slot (some moved, or one is too long on its own). */
    boolean overTime() {
        return plannedSeconds > slotSeconds;
    }

    /** How far over the slot the episode still is after moving items; 0 when it fits. */
    int stillOverBySeconds() {
        return Math.max(0, totalSeconds() - slotSeconds);
    }
}
