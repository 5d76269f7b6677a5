package org.pressdesk.pacing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.dispatch.ChannelPacing;
import org.pressdesk.system.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pacing computed from the database every node shares: when the channel's posts went out (PUBLISHED)
 * or are going out (PUBLISHING, counted as now). The channel's row in {@code channel_pacing_lock} is
 * locked while one node decides and starts a publication, so another node deciding at the same moment
 * waits and then sees it.
 */
public class JdbcChannelPacing implements ChannelPacing {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, PacingRules> rules = new TreeMap<>();
    private final Set<String> lockRows = ConcurrentHashMap.newKeySet();

    /**
     * @throws org.pressdesk.connector.InvalidChannelConfigurationException for settings that contradict each other
     */
    public JdbcChannelPacing(PacingProperties properties, ZoneId zone, JdbcClient jdbc,
                             TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        properties.channels().forEach((channelId, channel) -> {
            if (channel != null && channel.pacing() != null) {
                rules.put(channelId, PacingRules.of(channelId, channel.pacing(), zone));
            }
        });
    }

    @Override
    public boolean paces(String channelId) {
        return rules.containsKey(channelId);
    }

    @Override
    public Optional<Wait> startOrWait(String channelId, Instant now, Runnable start) {
        PacingRules channelRules = rules.get(channelId);
        if (channelRules == null) {
            start.run();
            return Optional.empty();
        }
        ensureLockRow(channelId);
        return transactions.execute(status -> {
            jdbc.sql("SELECT channel_id FROM channel_pacing_lock WHERE channel_id = :channelId FOR UPDATE")
                    .param("channelId", channelId).query(String.class).single();
            Optional<Wait> wait = channelRules.waitAt(now, recent(channelId, now, now.minus(channelRules.lookBack())));
            if (wait.isEmpty()) {
                start.run();
            }
            return wait;
        });
    }

    /**
     * One statement, so one snapshot: read in two, a publication that goes from PUBLISHING to PUBLISHED
     * between them would be missed by both.
     */
    private List<Instant> recent(String channelId, Instant now, Instant since) {
        return jdbc.sql("""
                        SELECT state, published_at FROM publish_target
                         WHERE channel_id = :channelId
                           AND (state = 'PUBLISHING' OR (state = 'PUBLISHED' AND published_at > :since))""")
                .param("channelId", channelId).param("since", SqlTime.param(since))
                .query((row, n) -> "PUBLISHING".equals(row.getString("state")) ? now
                        : SqlTime.read(row, "published_at"))
                .list();
    }

    private void ensureLockRow(String channelId) {
        if (lockRows.contains(channelId)) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                if (jdbc.sql("SELECT COUNT(*) FROM channel_pacing_lock WHERE channel_id = :channelId")
                        .param("channelId", channelId).query(Long.class).single() == 0) {
                    jdbc.sql("INSERT INTO channel_pacing_lock (channel_id) VALUES (:channelId)")
                            .param("channelId", channelId).update();
                }
            });
        } catch (DuplicateKeyException anotherNodeFirst) {
            // the row is there, which is all that matters
        }
        lockRows.add(channelId);
    }
}
