package org.pressdesk.post;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pressdesk.connector.PublishException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.SqlTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Posts and their targets in the database, which is the source of truth for both. */
@Repository
public class PostRepository {

    private static final String TARGET_COLUMNS = """
            id, post_id, channel_id, state, scheduled_at, next_attempt_at, attempts, rate_limited_waits,
            first_attempt_at, possibly_sent, reconcile_checks, last_error_category, last_error_message, remote_id,
            remote_url, published_at, idempotency_key, version""";

    /** How far beyond the start of the page asked for a listing counts matching posts. */
    static final int COUNTED_AHEAD = 1000;

    private final JdbcClient jdbc;
    private final int countedAhead;

    @Autowired
    public PostRepository(JdbcClient jdbc) {
        this(jdbc, COUNTED_AHEAD);
    }

    PostRepository(JdbcClient jdbc, int countedAhead) {
        this.jdbc = jdbc;
        this.countedAhead = countedAhead;
    }

    /** Stores a new post with one DRAFT target per channel; returns the post's id. */
    public long insert(NewPost post) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO post (kind, title, body, language, source_conference_date, source_question_number,
                                          source_reference, link, author, created_at, question, answer, spokesperson,
                                          topics, hashtag)
                        VALUES (:kind, :title, :body, :language, :conferenceDate, :questionNumber, :reference, :link,
                                :author, :createdAt, :question, :answer, :spokesperson, :topics, :hashtag)""")
                .param("kind", post.kind().name())
                .param("title", post.title())
                .param("body", post.body())
                .param("language", post.language().tag())
                .param("conferenceDate", post.source().conferenceDate())
                .param("questionNumber", post.source().questionNumber())
                .param("reference", post.source().reference())
                .param("link", post.link() == null ? null : post.link().toString())
                .param("author", post.author())
                .param("createdAt", SqlTime.param(post.createdAt()))
                .param("question", post.fields().question())
                .param("answer", post.fields().answer())
                .param("spokesperson", post.fields().spokesperson())
                .param("topics", post.fields().forTemplates().get(PostFields.TOPICS))
                .param("hashtag", post.fields().hashtag())
                .update(keys, "id");
        long postId = keys.getKey().longValue();
        for (NewPost.Target target : post.targets()) {
            jdbc.sql("""
                            INSERT INTO publish_target (post_id, channel_id, state, scheduled_at, idempotency_key)
                            VALUES (:postId, :channelId, :state, :scheduledAt, :key)""")
                    .param("postId", postId)
                    .param("channelId", target.channelId())
                    .param("state", TargetState.DRAFT.name())
                    .param("scheduledAt", SqlTime.param(target.scheduledAt()))
                    .param("key", UUID.randomUUID().toString())
                    .update();
        }
        return postId;
    }

    /** Links a stored post to the post it corrects. */
    public void markAsCorrection(long postId, long correctedPostId) {
        jdbc.sql("UPDATE post SET corrects_post_id = :corrected WHERE id = :id")
                .param("corrected", correctedPostId).param("id", postId).update();
    }

    public Optional<Post> findById(long postId) {
        List<PublishTarget> targets = targetsOf(List.of(postId)).getOrDefault(postId, List.of());
        return jdbc.sql("SELECT * FROM post WHERE id = :id").param("id", postId)
                .query((row, n) -> mapPost(row, targets))
                .optional();
    }

    public Optional<PublishTarget> findTarget(long targetId) {
        return jdbc.sql("SELECT " + TARGET_COLUMNS + " FROM publish_target WHERE id = :id")
                .param("id", targetId)
                .query(PostRepository::mapTarget)
                .optional();
    }

    /** The targets with these ids that exist, in no particular order. */
    public List<PublishTarget> findTargets(Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + TARGET_COLUMNS + " FROM publish_target WHERE id IN (:ids)")
                .param("ids", targetIds)
                .query(PostRepository::mapTarget)
                .list();
    }

    /** The posts with these ids that exist, by id, each with its targets. */
    public Map<Long, Post> findAllById(Collection<Long> postIds) {
        return findAll(List.copyOf(new LinkedHashSet<>(postIds))).stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(Post::id, post -> post));
    }

    /**
     * Writes a changed target if nobody changed it since it was read.
     *
     * @return the target as stored, with its version incremented
     * @throws ConcurrentTargetModificationException when the stored version is no longer {@code changed.version()}
     */
    public PublishTarget update(PublishTarget changed) {
        int rows = jdbc.sql("""
                        UPDATE publish_target
                           SET state = :state, scheduled_at = :scheduledAt, next_attempt_at = :nextAttemptAt,
                               attempts = :attempts, rate_limited_waits = :rateLimitedWaits,
                               first_attempt_at = :firstAttemptAt, possibly_sent = :possiblySent,
                               reconcile_checks = :reconcileChecks, last_error_category = :errorCategory,
                               last_error_message = :errorMessage, remote_id = :remoteId, remote_url = :remoteUrl,
                               published_at = :publishedAt, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("state", changed.state().name())
                .param("scheduledAt", SqlTime.param(changed.scheduledAt()))
                .param("nextAttemptAt", SqlTime.param(changed.nextAttemptAt()))
                .param("attempts", changed.attempts())
                .param("rateLimitedWaits", changed.rateLimitedWaits())
                .param("firstAttemptAt", SqlTime.param(changed.firstAttemptAt()))
                .param("possiblySent", changed.possiblySent())
                .param("reconcileChecks", changed.reconcileChecks())
                .param("errorCategory", changed.lastError() == null ? null : changed.lastError().category().name())
                .param("errorMessage", changed.lastError() == null ? null : changed.lastError().message())
                .param("remoteId", changed.receipt() == null ? null : changed.receipt().remoteId())
                .param("remoteUrl", changed.receipt() == null ? null : changed.receipt().url())
                .param("publishedAt", changed.receipt() == null ? null : SqlTime.param(changed.receipt().publishedAt()))
                .param("id", changed.id())
                .param("version", changed.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentTargetModificationException(changed.id());
        }
        return new PublishTarget(changed.id(), changed.postId(), changed.channelId(), changed.state(),
                changed.scheduledAt(), changed.nextAttemptAt(), changed.attempts(), changed.rateLimitedWaits(),
                changed.firstAttemptAt(), changed.possiblySent(), changed.reconcileChecks(), changed.lastError(),
                changed.receipt(), changed.idempotencyKey(), changed.version() + 1);
    }

    /**
     * Remembers every part's remote id of a publication, replacing what an earlier receipt said, so that
     * withdrawing it can delete every part of a thread.
     *
     * @param partIds the parts' ids in thread order
     */
    public void recordPublishedParts(long targetId, List<String> partIds) {
        jdbc.sql("DELETE FROM published_part WHERE target_id = :targetId").param("targetId", targetId).update();
        for (int index = 0; index < partIds.size(); index++) {
            jdbc.sql("INSERT INTO published_part (target_id, part_index, remote_id) VALUES (:targetId, :index, :id)")
                    .param("targetId", targetId).param("index", index).param("id", partIds.get(index)).update();
        }
    }

    /** {@link #recordPublishedParts} for several targets at once: one delete and one insert. */
    public void recordPublishedParts(Map<Long, List<String>> partIdsByTarget) {
        if (partIdsByTarget.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM published_part WHERE target_id IN (:ids)").param("ids", partIdsByTarget.keySet()).update();
        StringBuilder sql = new StringBuilder("INSERT INTO published_part (target_id, part_index, remote_id) VALUES ");
        List<Object> params = new ArrayList<>();
        partIdsByTarget.forEach((targetId, partIds) -> {
            for (int index = 0; index < partIds.size(); index++) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?)");
                params.addAll(List.of(targetId, index, partIds.get(index)));
            }
        });
        if (!params.isEmpty()) {
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** Every part's remote id of a published target, in thread order; empty when only its receipt's id is known. */
    public List<String> publishedParts(long targetId) {
        return jdbc.sql("SELECT remote_id FROM published_part WHERE target_id = :targetId ORDER BY part_index")
                .param("targetId", targetId).query(String.class).list();
    }

    /**
     * The remote ids of the parts of a thread the channel accepted before its target failed half-way, from the
     * thread journal; empty when none went out.
     */
    public List<String> threadPartsOut(PublishTarget target) {
        return jdbc.sql("""
                        SELECT remote_id FROM thread_part WHERE channel_id = :channelId AND idempotency_key = :key
                         ORDER BY part_index""")
                .param("channelId", target.channelId()).param("key", target.idempotencyKey())
                .query(String.class).list();
    }

    /** The channel id targets are stored with that equals {@code channelId} ignoring case, if any. */
    public Optional<String> storedChannelId(String channelId) {
        return jdbc.sql("SELECT channel_id FROM publish_target WHERE LOWER(channel_id) = LOWER(:channelId) LIMIT 1")
                .param("channelId", channelId)
                .query(String.class)
                .optional();
    }

    /**
     * One page of posts matching the query, newest first, and how many match: counted no further than
     * {@link #COUNTED_AHEAD} posts beyond the page's start, since counting every match of a broad filter over a
     * large table would cost more than the page itself. A date range is listed {@linkplain #searchScheduled apart}.
     */
    public PostPage search(PostQuery query) {
        if (query.scheduledFrom() != null || query.scheduledBefore() != null) {
            return searchScheduled(query);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> targetConditions = targetConditions(query, params);
        // Each matching post's id once, read in id order from an index (V28): from the targets' alone when only
        // they are filtered, so that a deep page skips matching targets rather than every post in between.
        String matching;
        String newestFirst;
        if (query.kind() == null && !targetConditions.isEmpty()) {
            matching = "SELECT t.post_id FROM publish_target t WHERE " + String.join(" AND ", targetConditions)
                    + " GROUP BY t.post_id";
            newestFirst = " ORDER BY t.post_id DESC";
        } else {
            List<String> conditions = new ArrayList<>();
            if (query.kind() != null) {
                conditions.add("p.kind = :kind");
                params.put("kind", query.kind().name());
            }
            if (!targetConditions.isEmpty()) {
                conditions.add("EXISTS (SELECT 1 FROM publish_target t WHERE t.post_id = p.id AND "
                        + String.join(" AND ", targetConditions) + ")");
            }
            matching = "SELECT p.id FROM post p"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
            newestFirst = " ORDER BY p.id DESC";
        }
        long offset = (long) query.page() * query.size();
        List<Long> ids = jdbc.sql(matching + newestFirst + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", offset)
                .query(Long.class)
                .list();
        if (ids.size() < query.size() && (!ids.isEmpty() || offset == 0)) {
            return new PostPage(findAll(ids), query.page(), query.size(), offset + ids.size(), false);
        }
        long countUpTo = offset + Math.max(countedAhead, query.size() + 1);
        long counted = jdbc.sql("SELECT COUNT(*) FROM (" + matching + " LIMIT :countUpTo) matching")
                .params(params)
                .param("countUpTo", countUpTo)
                .query(Long.class)
                .single();
        return new PostPage(findAll(ids), query.page(), query.size(), counted, counted == countUpTo);
    }

    /**
     * Posts with a target scheduled in a date range, driven by the range's targets ({@code scheduled_at} index)
     * and counted exactly in the same statement. Written so that the planner cannot walk the posts newest first
     * and test each against the range: it would expect to meet matches evenly spread over all posts, while they
     * sit together (posts are scheduled around when they are written), so an old range would read most of them.
     */
    private PostPage searchScheduled(PostQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = targetConditions(query, params);
        if (query.kind() != null) {
            conditions.add("EXISTS (SELECT 1 FROM post p WHERE p.id = t.post_id AND p.kind = :kind)");
            params.put("kind", query.kind().name());
        }
        // MAX(t.post_id) is the post's id; ordering by it rather than by the id keeps the index order out of reach.
        String matching = "SELECT t.post_id, MAX(t.post_id) AS newest FROM publish_target t WHERE "
                + String.join(" AND ", conditions) + " GROUP BY t.post_id";
        long offset = (long) query.page() * query.size();
        List<long[]> rows = jdbc.sql("SELECT post_id, COUNT(*) OVER () AS total FROM (" + matching + ") matching"
                        + " ORDER BY newest DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", offset)
                .query((row, n) -> new long[] {row.getLong("post_id"), row.getLong("total")})
                .list();
        long total = !rows.isEmpty() ? rows.getFirst()[1]
                : jdbc.sql("SELECT COUNT(*) FROM (" + matching + ") matching").params(params).query(Long.class)
                        .single();
        List<Long> ids = rows.stream().map(row -> row[0]).toList();
        return new PostPage(findAll(ids), query.page(), query.size(), total, false);
    }

    /**
     * The posts matching the query past {@link PostQuery#beyondId()}, at most {@code size} of them, read by key
     * with the same conditions and order as {@link #search} and no count: one row more than asked says whether
     * the listing goes on. The staff pages list with it.
     */
    public PostSlice slice(PostQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = whereClause(query, params);
        List<Long> ids = new ArrayList<>(jdbc.sql(idsSql(where, query)).params(params)
                .param("limit", query.size() + 1)
                .query(Long.class)
                .list());
        boolean more = ids.size() > query.size();
        if (more) {
            ids.removeLast();
        }
        return new PostSlice(findAll(ids), more);
    }

    /** The one query both listings run: matching post ids in the listing's order, up to :limit. */
    private static String idsSql(String where, PostQuery query) {
        return "SELECT p.id FROM post p" + where + " ORDER BY p.id " + (query.oldestFirst() ? "ASC" : "DESC")
                + " LIMIT :limit";
    }

    private List<Post> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PublishTarget>> targets = targetsOf(ids);
        Map<Long, Post> posts = jdbc.sql("SELECT * FROM post WHERE id IN (:ids)").param("ids", ids)
                .query((row, n) -> mapPost(row, targets.getOrDefault(row.getLong("id"), List.of())))
                .list()
                .stream()
                .collect(Collectors.toMap(Post::id, post -> post));
        return ids.stream().map(posts::get).toList();
    }

    /** The pages' keyset listing: past the last post shown, of the kind, with a target meeting the rest. */
    private static String whereClause(PostQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.beyondId() != null) {
            conditions.add(query.oldestFirst() ? "p.id > :beyond" : "p.id < :beyond");
            params.put("beyond", query.beyondId());
        }
        if (query.kind() != null) {
            conditions.add("p.kind = :kind");
            params.put("kind", query.kind().name());
        }
        List<String> targetConditions = targetConditions(query, params);
        if (!targetConditions.isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM publish_target t WHERE t.post_id = p.id AND "
                    + String.join(" AND ", targetConditions) + ")");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Conditions one target of a listed post meets, on publish_target t. */
    private static List<String> targetConditions(PostQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.state() != null) {
            conditions.add("t.state = :state");
            params.put("state", query.state().name());
        }
        if (query.channelId() != null) {
            conditions.add("t.channel_id = :channelId");
            params.put("channelId", query.channelId());
        }
        if (query.scheduledFrom() != null) {
            conditions.add("t.scheduled_at >= :from");
            params.put("from", SqlTime.param(query.scheduledFrom()));
        }
        if (query.scheduledBefore() != null) {
            conditions.add("t.scheduled_at < :before");
            params.put("before", SqlTime.param(query.scheduledBefore()));
        }
        return conditions;
    }

    private Map<Long, List<PublishTarget>> targetsOf(List<Long> postIds) {
        return jdbc.sql("SELECT " + TARGET_COLUMNS + " FROM publish_target WHERE post_id IN (:ids) ORDER BY id")
                .param("ids", postIds)
                .query(PostRepository::mapTarget)
                .list()
                .stream()
                .collect(Collectors.groupingBy(PublishTarget::postId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Post mapPost(ResultSet row, List<PublishTarget> targets) throws SQLException {
        String link = row.getString("link");
        Integer questionNumber = row.getObject("source_question_number", Integer.class);
        return new Post(row.getLong("id"),
                ContentKind.valueOf(row.getString("kind")),
                row.getString("title"),
                row.getString("body"),
                ContentLanguage.fromTag(row.getString("language")).orElseThrow(),
                new PostSource(row.getObject("source_conference_date", LocalDate.class), questionNumber,
                        row.getString("source_reference")),
                PostFields.of(row.getString("question"), row.getString("answer"), row.getString("spokesperson"),
                        row.getString("topics"), row.getString("hashtag")),
                link == null ? null : URI.create(link),
                row.getString("author"),
                SqlTime.read(row, "created_at"),
                targets,
                row.getObject("corrects_post_id", Long.class));
    }

    private static PublishTarget mapTarget(ResultSet row, int rowNumber) throws SQLException {
        String errorCategory = row.getString("last_error_category");
        String remoteId = row.getString("remote_id");
        return new PublishTarget(row.getLong("id"),
                row.getLong("post_id"),
                row.getString("channel_id"),
                TargetState.valueOf(row.getString("state")),
                SqlTime.read(row, "scheduled_at"),
                SqlTime.read(row, "next_attempt_at"),
                row.getInt("attempts"),
                row.getInt("rate_limited_waits"),
                SqlTime.read(row, "first_attempt_at"),
                row.getBoolean("possibly_sent"),
                row.getInt("reconcile_checks"),
                errorCategory == null ? null : new ErrorDetail(PublishException.Category.valueOf(errorCategory),
                        row.getString("last_error_message")),
                remoteId == null ? null : new Receipt(remoteId, row.getString("remote_url"),
                        SqlTime.read(row, "published_at")),
                row.getString("idempotency_key"),
                row.getInt("version"));
    }
}
