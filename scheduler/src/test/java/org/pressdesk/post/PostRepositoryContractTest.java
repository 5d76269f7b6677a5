package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.PublishException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.support.TestDatabase;

/** Post storage behaves the same on every database Pressdesk supports. */
abstract class PostRepositoryContractTest {

    private static final Instant T0 = Instant.parse("2011-12-30T07:00:00Z");

    protected TestDatabase database;
    private PostRepository posts;
    private AuditLog audit;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void setUp() {
        database = createDatabase();
        posts = new PostRepository(database.jdbc());
        audit = new AuditLog(database.jdbc());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void storesAPostsFieldsAndReadsThemBack() {
        PostFields fields = new PostFields("中方對此有何評論？", "中方歡迎。\n我們希望各方相向而行。😀", "洪磊",
                List.of("伊朗核問題", "朝鮮半島局勢"), "外交小靈通");
        long id = posts.insert(new NewPost(ContentKind.BRIEFING_SUMMARY, "標題", "正文", ContentLanguage.ZH_HANT,
                PostSource.NONE, fields, null, "editor-li", T0, List.of(new NewPost.Target("weibo", T0))));
        long without = insert("x", ContentKind.STATEMENT);

        assertThat(posts.findById(id).orElseThrow().fields()).isEqualTo(fields);
        assertThat(posts.findById(without).orElseThrow().fields()).isEqualTo(PostFields.NONE);
    }

    @Test
    void storesAPostWithEveryFieldAndADraftTargetPerChannel() {
        long id = posts.insert(new NewPost(ContentKind.SPOKESPERSON_ANSWER, "外交部發言人洪磊就伊朗與六國對話等答記者問",
                "問：……\n答：中方歡迎。😀", ContentLanguage.ZH_HANT,
                new PostSource(LocalDate.of(2012, 3, 27), 4, "transcript 2012-03-27"),
                URI.create("https://www.fmprc.gov.cn/web/fyrbt_673021/t920000.shtml"), "editor-li", T0,
                List.of(new NewPost.Target("weibo", T0.plusSeconds(3600)), new NewPost.Target("x", null))));

        Post post = posts.findById(id).orElseThrow();

        assertThat(post.kind()).isEqualTo(ContentKind.SPOKESPERSON_ANSWER);
        assertThat(post.body()).isEqualTo("問：……\n答：中方歡迎。😀");
        assertThat(post.language()).isEqualTo(ContentLanguage.ZH_HANT);
        assertThat(post.source()).isEqualTo(new PostSource(LocalDate.of(2012, 3, 27), 4, "transcript 2012-03-27"));
        assertThat(post.link()).hasHost("www.fmprc.gov.cn");
        assertThat(post.createdAt()).isEqualTo(T0);
        assertThat(post.targets()).extracting(PublishTarget::channelId, PublishTarget::state, PublishTarget::scheduledAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weibo", TargetState.DRAFT, T0.plusSeconds(3600)),
                        org.assertj.core.groups.Tuple.tuple("x", TargetState.DRAFT, null));
        assertThat(post.targets()).extracting(PublishTarget::idempotencyKey).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void updatesATargetOnlyFromTheVersionItWasReadAt() {
        PublishTarget target = posts.findById(insert("weibo", ContentKind.SPOKESPERSON_ANSWER)).orElseThrow()
                .targets().getFirst();

        PublishTarget failed = posts.update(target.withState(TargetState.FAILED).withAttempts(3)
                .withLastError(new ErrorDetail(PublishException.Category.PERMANENT, "token expired")));

        assertThat(failed.version()).isEqualTo(target.version() + 1);
        assertThat(posts.findTarget(target.id())).get().satisfies(stored -> {
            assertThat(stored.state()).isEqualTo(TargetState.FAILED);
            assertThat(stored.attempts()).isEqualTo(3);
            assertThat(stored.lastError()).isEqualTo(new ErrorDetail(PublishException.Category.PERMANENT,
                    "token expired"));
        });
        assertThatThrownBy(() -> posts.update(target.withState(TargetState.CANCELLED)))
                .isInstanceOf(ConcurrentTargetModificationException.class);
    }

    @Test
    void storesTheRetryBudgetAndWhatIsKnownAboutEarlierAttempts() {
        PublishTarget target = posts.findById(insert("weibo", ContentKind.SPOKESPERSON_ANSWER)).orElseThrow()
                .targets().getFirst();
        assertThat(target.rateLimitedWaits()).isZero();
        assertThat(target.firstAttemptAt()).isNull();
        assertThat(target.possiblySent()).isFalse();

        posts.update(target.withState(TargetState.OUTCOME_UNKNOWN).withAttemptStarted(T0).withAttemptStarted(T0.plusSeconds(30))
                .withRateLimitedWaits(2).withPossiblySent(true).withReconcileChecks(1)
                .withNextAttemptAt(T0.plusSeconds(90)));

        assertThat(posts.findTarget(target.id())).get().satisfies(stored -> {
            assertThat(stored.attempts()).isEqualTo(2);
            assertThat(stored.firstAttemptAt()).isEqualTo(T0);
            assertThat(stored.rateLimitedWaits()).isEqualTo(2);
            assertThat(stored.possiblySent()).isTrue();
            assertThat(stored.reconcileChecks()).isEqualTo(1);
            assertThat(stored.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
        });
    }

    @Test
    void storesAReceipt() {
        PublishTarget target = posts.findById(insert("weibo", ContentKind.SPOKESPERSON_ANSWER)).orElseThrow()
                .targets().getFirst();

        posts.update(target.withState(TargetState.PUBLISHED)
                .withReceipt(new Receipt("4890", "https://weibo.com/1/4890", T0.plusSeconds(5))));

        assertThat(posts.findTarget(target.id()).orElseThrow().receipt())
                .isEqualTo(new Receipt("4890", "https://weibo.com/1/4890", T0.plusSeconds(5)));
    }

    @Test
    void searchesByTargetStateChannelKindAndScheduledRangeNewestFirst() {
        long first = insert("weibo", ContentKind.SPOKESPERSON_ANSWER);
        long second = insert("x", ContentKind.BRIEFING_SUMMARY);
        long third = insert("weibo", ContentKind.BRIEFING_SUMMARY);
        PublishTarget thirdTarget = posts.findById(third).orElseThrow().targets().getFirst();
        posts.update(thirdTarget.withState(TargetState.SUBMITTED));

        assertThat(ids(new PostQuery(null, null, null, null, null, 0, 10))).containsExactly(third, second, first);
        assertThat(ids(new PostQuery(null, "weibo", null, null, null, 0, 10))).containsExactly(third, first);
        assertThat(ids(new PostQuery(null, null, ContentKind.BRIEFING_SUMMARY, null, null, 0, 10)))
                .containsExactly(third, second);
        assertThat(ids(new PostQuery(TargetState.SUBMITTED, "weibo", null, null, null, 0, 10))).containsExactly(third);
        assertThat(ids(new PostQuery(TargetState.SUBMITTED, "x", null, null, null, 0, 10))).isEmpty();
        assertThat(ids(new PostQuery(null, null, null, T0, T0.plusSeconds(1), 0, 10)))
                .containsExactly(third, second, first);
        assertThat(ids(new PostQuery(null, null, null, T0.plusSeconds(1), null, 0, 10))).isEmpty();
    }

    @Test
    void pagesThroughResultsWithATotal() {
        for (int i = 0; i < 5; i++) {
            insert("weibo", ContentKind.DIPLOMATIC_NEWS);
        }

        PostPage page = posts.search(new PostQuery(null, null, null, null, null, 1, 2));

        assertThat(page.posts()).hasSize(2);
        assertThat(page.totalElements()).isEqualTo(5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.totalCapped()).isFalse();
        assertThat(posts.search(new PostQuery(null, null, null, null, null, 2, 2)).posts()).hasSize(1);
    }

    @Test
    void slicesByKeyWithoutCountingEitherWayRound() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(insert(i % 2 == 0 ? "weibo" : "x", ContentKind.DIPLOMATIC_NEWS));
        }
        PostQuery newestFirst = new PostQuery(null, null, null, null, null, 0, 2);

        PostSlice top = posts.slice(newestFirst);
        PostSlice next = posts.slice(newestFirst.beyond(top.lastId()));
        PostSlice last = posts.slice(newestFirst.beyond(next.lastId()));

        assertThat(top.posts()).extracting(Post::id).containsExactly(ids.get(4), ids.get(3));
        assertThat(top.more()).isTrue();
        assertThat(next.posts()).extracting(Post::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(last.posts()).extracting(Post::id).containsExactly(ids.get(0));
        assertThat(last.more()).isFalse();
        assertThat(posts.slice(newestFirst.reversed().beyond(ids.get(2))).posts()).extracting(Post::id)
                .containsExactly(ids.get(3), ids.get(4));
        assertThat(posts.slice(new PostQuery(null, "weibo", null, null, null, 0, 5, ids.get(4), false)).posts())
                .extracting(Post::id).containsExactly(ids.get(2), ids.get(0));
    }

    @Test
    void countsNoFurtherThanAWindowBeyondThePageAndSaysTheTotalIsThenALowerBound() {
        PostRepository countingThreeAhead = new PostRepository(database.jdbc(), 3);
        for (int i = 0; i < 10; i++) {
            insert("weibo", ContentKind.DIPLOMATIC_NEWS);
        }

        PostPage first = countingThreeAhead.search(new PostQuery(null, null, null, null, null, 0, 2));
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(first.totalCapped()).isTrue();
        assertThat(first.totalPages()).isEqualTo(2);

        PostPage fourth = countingThreeAhead.search(new PostQuery(null, null, null, null, null, 3, 2));
        assertThat(fourth.totalElements()).isEqualTo(9);
        assertThat(fourth.totalCapped()).isTrue();

        PostPage last = countingThreeAhead.search(new PostQuery(null, null, null, null, null, 4, 2));
        assertThat(last.totalElements()).isEqualTo(10);
        assertThat(last.totalCapped()).isFalse();
        assertThat(last.totalPages()).isEqualTo(5);
    }

    @Test
    void pagesBeyondTheCountedWindowListEveryMatchingPostOnceNewestFirst() {
        PostRepository countingThreeAhead = new PostRepository(database.jdbc(), 3);
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            inserted.add(insert(i % 2 == 0 ? "weibo" : "x", ContentKind.DIPLOMATIC_NEWS));
        }
        List<Long> expected = inserted.stream().filter(id -> inserted.indexOf(id) % 2 == 0)
                .sorted(Comparator.reverseOrder()).toList();

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            countingThreeAhead.search(new PostQuery(null, "weibo", null, null, null, page, 1)).posts()
                    .forEach(post -> paged.add(post.id()));
        }

        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesThroughADateRangeNewestFirstWithAnExactTotalEvenBeyondTheLastPage() {
        List<Long> inRange = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inRange.add(posts.insert(new NewPost(i == 2 ? ContentKind.STATEMENT : ContentKind.DIPLOMATIC_NEWS, "標題",
                    "正文", ContentLanguage.ZH_HANS, PostSource.NONE, null, "editor-li", T0,
                    List.of(new NewPost.Target("weibo", T0.plusSeconds(3600)), new NewPost.Target("x", T0)))));
        }
        insert("weibo", ContentKind.DIPLOMATIC_NEWS);
        PostRepository countingThreeAhead = new PostRepository(database.jdbc(), 3);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            PostPage found = countingThreeAhead.search(
                    new PostQuery(null, null, null, T0.plusSeconds(1), T0.plusSeconds(7200), page, 2));
            assertThat(found.totalElements()).isEqualTo(5);
            assertThat(found.totalCapped()).isFalse();
            found.posts().forEach(post -> paged.add(post.id()));
        }
        PostPage beyond = countingThreeAhead.search(
                new PostQuery(null, null, null, T0.plusSeconds(1), T0.plusSeconds(7200), 3, 2));

        assertThat(paged).containsExactlyElementsOf(inRange.reversed());
        assertThat(beyond.posts()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(5);
        assertThat(ids(new PostQuery(null, null, ContentKind.STATEMENT, T0.plusSeconds(1), null, 0, 10)))
                .containsExactly(inRange.get(2));
        assertThat(ids(new PostQuery(null, "x", null, T0.plusSeconds(1), null, 0, 10))).isEmpty();
    }

    @Test
    void keepsTheAuditInOrder() {
        long id = insert("weibo", ContentKind.SPOKESPERSON_ANSWER);
        long targetId = posts.findById(id).orElseThrow().targets().getFirst().id();

        audit.append(new TargetTransition(targetId, id, "editor-li", T0, null, TargetState.DRAFT, "queued"));
        audit.append(new TargetTransition(targetId, id, "editor-li", T0.plusSeconds(1), TargetState.DRAFT,
                TargetState.SUBMITTED, null));

        assertThat(audit.history(id)).containsExactly(
                new TargetTransition(targetId, id, "editor-li", T0, null, TargetState.DRAFT, "queued"),
                new TargetTransition(targetId, id, "editor-li", T0.plusSeconds(1), TargetState.DRAFT,
                        TargetState.SUBMITTED, null));
    }

    protected long insert(String channel, ContentKind kind) {
        return posts.insert(new NewPost(kind, "標題", "正文", ContentLanguage.ZH_HANS, PostSource.NONE, null, "editor-li",
                T0, List.of(new NewPost.Target(channel, T0))));
    }

    private List<Long> ids(PostQuery query) {
        return posts.search(query).posts().stream().map(Post::id).toList();
    }
}
