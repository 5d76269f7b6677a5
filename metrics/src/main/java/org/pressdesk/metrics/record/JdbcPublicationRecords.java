package org.pressdesk.metrics.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.metrics.rollup.RollupState;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publication records in table {@code publication_record}. */
public class JdbcPublicationRecords implements PublicationRecords {

    private static final int TITLE_LENGTH = 500;

    private final JdbcClient jdbc;
    private final RollupState rollups;

    public JdbcPublicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rollups = new RollupState(jdbc);
    }

    @Override
    public void append(PublicationRecord record) {
        // A rolled-up day whose counts change here is read raw by reports until it is rolled again.
        jdbc.sql("SELECT DISTINCT office_date FROM publication_record WHERE target_id = ? AND latest")
                .param(record.targetId())
                .query(java.time.LocalDate.class)
                .list()
                .forEach(day -> rollups.changed(record.channelId(), day));
        rollups.changed(record.channelId(), record.officeDate());
        jdbc.sql("UPDATE publication_record SET latest = FALSE WHERE target_id = ? AND latest")
                .param(record.targetId())
                .update();
        Duration lag = record.lag();
        jdbc.sql("""
                        INSERT INTO publication_record (target_id, post_id, channel_id, channel_type, kind, language, title,
                            outcome, due_at, published_at, occurred_at, office_date, lag_ms, attempts, remote_id, remote_url,
                            latest)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)""")
                .params(record.targetId(), record.postId(), record.channelId(), record.channelType(),
                        record.kind().name(), record.language().tag(), shortened(record.title()),
                        record.outcome().name(), utc(record.dueAt()), utc(record.publishedAt()),
                        utc(record.occurredAt()), record.officeDate(), lag == null ? null : lag.toMillis(),
                        record.attempts(), record.remoteId(), record.remoteUrl())
                .update();
    }

    /** The same rows as one {@link #append} each, in one statement per step instead of four per record. */
    @Override
    public void appendAll(List<PublicationRecord> records) {
        Map<Long, PublicationRecord> byTarget = new LinkedHashMap<>();
        records.forEach(record -> byTarget.put(record.targetId(), record));
        if (records.size() < 2 || byTarget.size() != records.size()) {
            records.forEach(this::append);
            return;
        }
        Set<Map.Entry<String, LocalDate>> changedDays = new LinkedHashSet<>();
        jdbc.sql("SELECT DISTINCT target_id, office_date FROM publication_record WHERE target_id IN (:ids) AND latest")
                .param("ids", byTarget.keySet())
                .query((row, n) -> Map.entry(byTarget.get(row.getLong("target_id")).channelId(),
                        row.getObject("office_date", LocalDate.class)))
                .list()
                .forEach(changedDays::add);
        records.forEach(record -> changedDays.add(Map.entry(record.channelId(), record.officeDate())));
        changedDays.forEach(day -> rollups.changed(day.getKey(), day.getValue()));
        jdbc.sql("UPDATE publication_record SET latest = FALSE WHERE target_id IN (:ids) AND latest")
                .param("ids", byTarget.keySet())
                .update();
        StringBuilder sql = new StringBuilder("INSERT INTO publication_record (target_id, post_id, channel_id,"
                + " channel_type, kind, language, title, outcome, due_at, published_at, occurred_at, office_date, lag_ms,"
                + " attempts, remote_id, remote_url, latest) VALUES ");
        List<Object> params = new ArrayList<>();
        for (PublicationRecord record : records) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)");
            Duration lag = record.lag();
            params.addAll(Arrays.asList(record.targetId(), record.postId(), record.channelId(), record.channelType(),
                    record.kind().name(), record.language().tag(), shortened(record.title()),
                    record.outcome().name(), utc(record.dueAt()), utc(record.publishedAt()),
                    utc(record.occurredAt()), record.officeDate(), lag == null ? null : lag.toMillis(),
                    record.attempts(), record.remoteId(), record.remoteUrl()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    @Override
    public List<PublicationRecord> ofTarget(long targetId) {
        return jdbc.sql("SELECT * FROM publication_record WHERE target_id = ? ORDER BY id")
                .param(targetId)
                .query(JdbcPublicationRecords::read)
                .list();
    }

    private static PublicationRecord read(ResultSet row, int number) throws SQLException {
        return new PublicationRecord(row.getLong("target_id"), row.getLong("post_id"), row.getString("channel_id"),
                row.getString("channel_type"), ContentKind.valueOf(row.getString("kind")),
                ContentLanguage.fromTag(row.getString("language")).orElseThrow(), row.getString("title"),
                PublicationOutcome.valueOf(row.getString("outcome")), instant(row, "due_at"),
                instant(row, "published_at"), instant(row, "occurred_at"),
                row.getObject("office_date", java.time.LocalDate.class), row.getInt("attempts"),
                row.getString("remote_id"), row.getString("remote_url"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String shortened(String title) {
        if (title.length() <= TITLE_LENGTH) {
            return title;
        }
        int end = TITLE_LENGTH - 1;
        if (Character.isHighSurrogate(title.charAt(end - 1))) {
            end--;
        }
        return title.substring(0, end) + "…";
    }
}
