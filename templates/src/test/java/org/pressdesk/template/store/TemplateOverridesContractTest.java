package org.pressdesk.template.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.TemplateKey;

/**
 * What every {@link TemplateOverrides} owes the template library. A store's test extends this class and
 * supplies an empty store; the class ships in this module's test-jar so the scheduler's JDBC store runs the
 * same contract.
 */
public abstract class TemplateOverridesContractTest {

    protected static final Instant NOW = Instant.parse("2011-12-30T07:00:00Z");
    protected static final TemplateKey WEIBO_ANSWER_HANT =
            TemplateKey.of(Medium.MICROBLOG, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT);
    protected static final TemplateKey WEIBO_ANSWER_EN =
            TemplateKey.of(Medium.MICROBLOG, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.EN);
    protected static final TemplateKey WEB_DEFAULT_HANS = TemplateKey.defaultFor(Medium.WEB, ContentLanguage.ZH_HANS);

    private TemplateOverrides overrides;

    /**
     * An empty store whose {@code savedAt} comes from this clock. Called once per test.
     *
     * @param clock fixed at {@link #NOW}
     */
    protected abstract TemplateOverrides createOverrides(Clock clock) throws Exception;

    @BeforeEach
    void createStoreUnderTest() throws Exception {
        overrides = createOverrides(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    protected TemplateOverrides overrides() {
        return overrides;
    }

    @Test
    void findsNothingForATemplateNeverSaved() {
        assertThat(overrides.find(WEIBO_ANSWER_HANT)).isEmpty();
        assertThat(overrides.findAll()).isEmpty();
    }

    @Test
    void savesTheSourceExactlyWithVersionTimeAndAuthor() {
        String source = "【外交部發言人答記者問】[(${question})]\n\t答：[(${answer})]  \n😀\n";

        TemplateOverride saved = overrides.save(WEIBO_ANSWER_HANT, source, "press-office:li");

        assertThat(saved).isEqualTo(new TemplateOverride(WEIBO_ANSWER_HANT, source, 1, NOW, "press-office:li"));
        assertThat(overrides.find(WEIBO_ANSWER_HANT)).contains(saved);
    }

    @Test
    void acceptsASaveWithoutAnAuthor() {
        assertThat(overrides.save(WEIBO_ANSWER_HANT, "x", null).savedBy()).isNull();
        assertThat(overrides.find(WEIBO_ANSWER_HANT).orElseThrow().savedBy()).isNull();
    }

    @Test
    void everySaveIsTheNextVersionAndTheLatestIsFound() {
        overrides.save(WEIBO_ANSWER_HANT, "first", "a");
        overrides.save(WEIBO_ANSWER_HANT, "second", "b");
        TemplateOverride third = overrides.save(WEIBO_ANSWER_HANT, "third", "c");

        assertThat(third.version()).isEqualTo(3);
        assertThat(overrides.find(WEIBO_ANSWER_HANT).orElseThrow().source()).isEqualTo("third");
    }

    @Test
    void keepsTemplatesOfDifferentLanguagesAndKindsApart() {
        overrides.save(WEIBO_ANSWER_HANT, "zh", null);
        overrides.save(WEIBO_ANSWER_EN, "en", null);
        overrides.save(WEB_DEFAULT_HANS, "web", null);

        assertThat(overrides.find(WEIBO_ANSWER_HANT).orElseThrow().source()).isEqualTo("zh");
        assertThat(overrides.find(WEIBO_ANSWER_EN).orElseThrow().version()).isEqualTo(1);
        assertThat(overrides.find(WEB_DEFAULT_HANS).orElseThrow().key()).isEqualTo(WEB_DEFAULT_HANS);
    }

    @Test
    void listsEveryCurrentOverrideOrderedById() {
        overrides.save(WEB_DEFAULT_HANS, "web", null);
        overrides.save(WEIBO_ANSWER_HANT, "zh", null);
        overrides.save(WEIBO_ANSWER_EN, "en", null);
        overrides.save(WEIBO_ANSWER_EN, "en 2", null);

        assertThat(overrides.findAll()).extracting(override -> override.key().id()).containsExactly(
                "microblog/spokesperson-answer/en", "microblog/spokesperson-answer/zh-Hant", "web/default/zh-Hans");
        assertThat(overrides.findAll().getFirst().source()).isEqualTo("en 2");
    }

    @Test
    void deleteDropsTheOverrideAndSaysWhetherThereWasOne() {
        overrides.save(WEIBO_ANSWER_HANT, "zh", null);

        assertThat(overrides.delete(WEIBO_ANSWER_HANT)).isTrue();
        assertThat(overrides.delete(WEIBO_ANSWER_HANT)).isFalse();
        assertThat(overrides.find(WEIBO_ANSWER_HANT)).isEmpty();
        assertThat(overrides.findAll()).isEmpty();
    }

    @Test
    void versionsContinueAfterADeleteSoNoVersionNamesTwoSources() {
        overrides.save(WEIBO_ANSWER_HANT, "one", null);
        overrides.save(WEIBO_ANSWER_HANT, "two", null);
        overrides.delete(WEIBO_ANSWER_HANT);

        assertThat(overrides.save(WEIBO_ANSWER_HANT, "three", null).version()).isEqualTo(3);
    }

    @Test
    void concurrentSavesGetDistinctVersionsAndTheHighestWins() throws Exception {
        int saves = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<TemplateOverride>> tasks = IntStream.range(0, saves)
                .<Callable<TemplateOverride>>mapToObj(i -> () -> {
                    start.await();
                    return overrides.save(WEIBO_ANSWER_HANT, "source " + i, "editor " + i);
                }).toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<TemplateOverride>> futures = tasks.stream().map(executor::submit).toList();
            start.countDown();
            List<Long> versions = futures.stream().map(TemplateOverridesContractTest::get)
                    .map(TemplateOverride::version).toList();

            assertThat(versions).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, saves).mapToObj(Long::valueOf).toList());
        }
        assertThat(overrides.find(WEIBO_ANSWER_HANT).orElseThrow().version()).isEqualTo(saves);
    }

    private static TemplateOverride get(Future<TemplateOverride> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
