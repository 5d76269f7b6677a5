package org.pressdesk.connector.radio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.Withdrawal;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * A radio segment, such as 「外交服務站」 in 中國之聲《新聞晚高峰》: publishing an item queues it for the next
 * episode and rewrites that episode's script.
 *
 * <p>An item joins the first episode that has not closed when it is due (its scheduled time, or now if
 * that has passed). Every publish writes the episode's running order again — HTML to print, plain text and
 * SSML, plus a WAV preview where espeak-ng is installed — so the folder always holds the current script.
 * When the items run longer than the slot, the lowest-priority ones (see
 * {@link org.pressdesk.content.ContentKind#broadcastPriority()}) move to the next episode, whose script is
 * then rewritten too, and the script carries an over-time warning.
 *
 * <p>Length is read-aloud seconds. Publishing is idempotent: the item file is named after the key, and a
 * re-send finds it (wherever it has moved) and only refreshes the script.
 *
 * <p>Withdrawing takes the item out of its episode and rewrites that script, as long as the episode has
 * not aired; an item already on air cannot be taken back and is reported {@link Withdrawal.Outcome#AIRED}.
 */
public final class RadioScriptConnector implements Connector {

    /** An item in another language than the segment's: English on a Chinese segment, zh-Hant on a zh-Hans one. */
    public static final String WRONG_LANGUAGE = "wrong-language";

    /** One writer per delivery folder in this JVM; the file lock keeps other processes out. */
    private static final ConcurrentMap<Path, ReentrantLock> FOLDER_LOCKS = new ConcurrentHashMap<>();
    private static final Duration AUDIO_TIMEOUT = Duration.ofMinutes(2);
    private static final TemplateHints TEMPLATE_HINTS = new TemplateHints(Medium.READ_ALOUD, HashtagStyle.NONE);

    private final RadioSegment segment;
    private final EpisodeFolder folder;
    private final ScriptRenderer scripts;
    private final AudioPreview audio;
    private final Clock clock;
    private final Capabilities capabilities;

    RadioScriptConnector(RadioSegment segment, Clock clock) {
        this.segment = segment;
        this.folder = new EpisodeFolder(segment.folder(), segment.slug(), segment.fileMode());
        this.scripts = new ScriptRenderer(segment);
        this.audio = new AudioPreview(segment.audioPreview(), segment.espeakCommand(), segment.espeakVoice(),
                segment.language().isChinese() ? null : segment.speed().englishWordsPerMinute(), AUDIO_TIMEOUT,
                segment.fileMode());
        this.clock = clock;
        this.capabilities = new Capabilities(itemBudgetSeconds(), LengthCounting.READ_TIME_SECONDS, false, false,
                Capabilities.KEY_KEPT_FOREVER, false);
    }

    @Override
    public String channelId() {
        return segment.channelId();
    }

    /**
     * Read-aloud seconds; the limit is what one item may take: the slot less the host's intro and outro.
     */
    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    /** Read-aloud templates, which write what the presenter says; nobody reads a hashtag on air. */
    @Override
    public TemplateHints templateHints() {
        return TEMPLATE_HINTS;
    }

    /** The seconds the presenter needs to read the text, dates and numbers written out as they are read. */
    @Override
    public int length(String text) {
        return segment.speed().seconds(ReadAloud.forReading(text, segment.language()));
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        List<Violation> violations = new ArrayList<>(LengthRules.check(content, capabilities, this::length));
        if (content.language() != segment.language()) {
            // Simplified and traditional Chinese count too: the script is printed for the studio in one of them.
            violations.add(new Violation(WRONG_LANGUAGE, "the segment is read in " + segment.language().tag()
                    + "; this item is in " + content.language().tag() + ": publish its " + segment.language().tag()
                    + " version", -1));
        }
        return violations;
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        if (content.isThread()) {
            throw new PublishException.Permanent("a radio item is read as one text; got a thread of "
                    + content.parts().size() + " parts");
        }
        try {
            return locked(() -> publishLocked(content, idempotencyKey));
        } catch (IOException e) {
            // Safe to retry: the item file is named after the key, so a retry finds what was written.
            throw new PublishException.Transient("cannot write to the delivery folder " + folder.root() + ": "
                    + e.getMessage(), e);
        } catch (TemplateEngineException e) {
            throw new PublishException.Permanent("the script templates failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean canWithdraw() {
        return true;
    }

    /**
     * Takes the item out of its episode and rewrites the script (an emptied episode loses its script), unless the
     * episode has aired. An item not found in any episode is already gone.
     */
    @Override
    public Withdrawal withdraw(PublishReceipt receipt, String idempotencyKey) throws PublishException {
        try {
            return locked(() -> withdrawLocked(idempotencyKey));
        } catch (IOException e) {
            throw new PublishException.Transient("cannot write to the delivery folder " + folder.root() + ": "
                    + e.getMessage(), e);
        } catch (TemplateEngineException e) {
            throw new PublishException.Permanent("the script templates failed: " + e.getMessage(), e);
        }
    }

    private Withdrawal withdrawLocked(String key) throws IOException {
        Optional<EpisodeFolder.Stored> stored = folder.find(key);
        if (stored.isEmpty()) {
            return Withdrawal.alreadyGone("item " + key + " is in no episode in " + folder.root());
        }
        LocalDate date = stored.get().episode();
        Airing airing = segment.schedule().airingOn(date);
        Instant now = clock.instant();
        if (airing == null || airing.airedBy(now)) {
            return Withdrawal.aired("the item went out in the episode of " + date
                    + (airing == null ? "" : " (aired " + airing.airsAt().toOffsetDateTime() + ")")
                    + " and cannot be taken back; broadcast a correction in a later episode");
        }
        folder.remove(date, key);
        if (folder.items(date).isEmpty()) {
            folder.removeScripts(date);
        } else {
            rewriteFrom(airing, now);
        }
        boolean closed = now.isAfter(airing.closesAt(segment.schedule().closesBeforeAir()));
        return Withdrawal.withdrawn("took the item out of the episode of " + date + " and rewrote its script"
                + (closed ? "; the episode had already closed, so tell the studio to use the new script" : ""));
    }

    /** Runs {@code work} as the only writer of the delivery folder: one thread in this JVM, one process by file lock. */
    private <T> T locked(FolderWork<T> work) throws IOException {
        ReentrantLock lock = FOLDER_LOCKS.computeIfAbsent(folder.root().toAbsolutePath().normalize(),
                path -> new ReentrantLock());
        lock.lock();
        try {
            segment.fileMode().createDirectories(folder.root());
            Path lockPath = folder.root().resolve(".lock");
            boolean created = Files.notExists(lockPath);
            try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (created) {
                    segment.fileMode().applyTo(lockPath);
                }
                return work.run();
            }
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    private interface FolderWork<T> {
        T run() throws IOException;
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }

    /** The delivery folder. */
    public Path folder() {
        return folder.root();
    }

    /** Where the script of the episode on this date is written, with extension {@code html}, {@code txt}, {@code ssml} or {@code wav}. */
    public Path scriptFile(LocalDate airDate, String extension) {
        return folder.script(airDate, extension);
    }

    /** When the segment airs. */
    public AirSchedule schedule() {
        return segment.schedule();
    }

    /** The items queued for the episode airing on this date (in running order), none when it has none. */
    public List<QueuedItem> episodeItems(LocalDate airDate) throws IOException {
        return folder.items(airDate).stream().sorted(QueuedItem.RUNNING_ORDER).toList();
    }

    /** The air date of the episode an item is queued in now, if the item was published here. */
    public Optional<LocalDate> episodeOf(String idempotencyKey) throws IOException {
        return folder.find(idempotencyKey).map(EpisodeFolder.Stored::episode);
    }

    private PublishReceipt publishLocked(ChannelContent content, String key) throws IOException {
        Instant now = clock.instant();
        Optional<EpisodeFolder.Stored> existing = folder.find(key);
        if (existing.isEmpty()) {
            Instant due = content.scheduledAt().isAfter(now) ? content.scheduledAt() : now;
            Airing airing = segment.schedule().firstOpenAt(due);
            folder.add(airing.date(), new QueuedItem(key, content.kind(), content.language(), content.title(),
                    content.parts().getFirst(), content.scheduledAt(), now, content.sourceReference(), null));
            rewriteFrom(airing, now);
        } else if (segment.schedule().airingOn(existing.get().episode()) != null
                && !segment.schedule().airingOn(existing.get().episode()).airedBy(now)) {
            // A re-send after a crash: make sure the script reflects the item, nothing more.
            rewriteFrom(segment.schedule().airingOn(existing.get().episode()), now);
        }
        EpisodeFolder.Stored stored = folder.find(key).orElseThrow(() ->
                new IOException("item " + key + " vanished from " + folder.root()));
        String remoteId = segment.slug() + ":" + key;
        return new PublishReceipt(remoteId, folder.script(stored.episode(), "html").toUri(), stored.item().receivedAt(),
                List.of(remoteId));
    }

    /** Rewrites an episode's script, and the following ones' while items keep moving on. */
    private void rewriteFrom(Airing first, Instant now) throws IOException {
        Airing airing = first;
        while (true) {
            Airing next = segment.schedule().after(airing);
            RunningOrder order = plan(airing, next);
            for (QueuedItem item : order.carried()) {
                folder.carry(item, airing.date(), next.date());
            }
            write(order, next, now);
            if (order.carried().isEmpty()) {
                return;
            }
            airing = next;
        }
    }

    private RunningOrder plan(Airing airing, Airing next) throws IOException {
        return RunningOrder.plan(airing, folder.items(airing.date()), segment.slotSeconds(),
                count -> scripts.intro(airing, next, count), count -> scripts.outro(airing, next, count),
                scripts::readText, segment.speed());
    }

    private void write(RunningOrder order, Airing next, Instant now) throws IOException {
        LocalDate date = order.airing().date();
        String ssml = scripts.ssml(order, next);
        AudioPreview.Result preview = audio.render(ssml, folder.script(date, "wav"));
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(folder.script(date, "ssml"), ssml);
        files.put(folder.script(date, "txt"), scripts.text(order, next, preview, now));
        files.put(folder.script(date, "html"), scripts.html(order, next, preview, now));
        folder.writeAll(files);
    }

    /** What one item may take: the slot less the intro, outro and pauses of a one-item episode on a long date. */
    private int itemBudgetSeconds() {
        LocalDate longDate = LocalDate.of(2011, 12, 28);
        Airing sample = new Airing(longDate, longDate.atTime(17, 40).atZone(segment.schedule().zone()));
        Airing following = new Airing(longDate.plusDays(3), longDate.plusDays(3).atTime(17, 40)
                .atZone(segment.schedule().zone()));
        int host = segment.speed().seconds(scripts.intro(sample, following, 1))
                + segment.speed().seconds(scripts.outro(sample, following, 1)) + RunningOrder.pauses(1);
        return Math.max(1, segment.slotSeconds() - host);
    }
}
