package org.pressdesk.queue.redis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pressdesk.queue.PublishQueue;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The queue in Redis, for several nodes: every change is one Lua script, so it is atomic on the server and
 * no two nodes ever see half of it.
 *
 * <p>Keys, all under one prefix (a hash tag by default, so that they share a slot):
 * <ul>
 *   <li>{@code e:<target>}: a hash per entry: channel, purpose, due time, and while claimed its owner, lease
 *       deadline and fencing token;</li>
 *   <li>{@code due:p:<channel>}: a sorted set per channel of the publications waiting to be claimed, scored by
 *       due time, so a claim leaves a paused channel's set unread instead of skipping its entries one by one;
 *       {@code channels} lists those sets;</li>
 *   <li>{@code due:w}: withdrawals and looks on a channel, which go on during a pause;</li>
 *   <li>{@code flight}: the claimed entries, scored by lease deadline; one whose deadline passed is claimed
 *       again as a recovery;</li>
 *   <li>{@code ids}: every queued target, for the repair sweep to page through; {@code tok}: the fencing token
 *       counter, started at the claiming node's clock (microseconds) whenever it is missing, so tokens keep
 *       growing across a Redis that lost its data.</li>
 * </ul>
 * Times are microseconds since the epoch (exact in a Lua number until the year 2255), taken from the caller's
 * clock: the nodes' clocks must agree to well within a lease, as they must for the database queue.
 */
public class RedisPublishQueue implements PublishQueue {

    /** Helpers every script starts with; ARGV[1] is always the key prefix. */
    private static final String PRELUDE = """
            local P = ARGV[1]
            local function dueKey(ch, pu)
              if pu == 'PUBLISH' then return P .. 'due:p:' .. ch end
              return P .. 'due:w'
            end
            local function unqueue(id)
              local e = redis.call('HMGET', P .. 'e:' .. id, 'ch', 'pu')
              if e[1] then
                local key = dueKey(e[1], e[2])
                redis.call('ZREM', key, id)
                if e[2] == 'PUBLISH' and redis.call('EXISTS', key) == 0 then redis.call('SREM', P .. 'channels', e[1]) end
              end
              redis.call('ZREM', P .. 'flight', id)
              redis.call('DEL', P .. 'e:' .. id)
            end
            local function enqueue(id, ch, pu, due)
              unqueue(id)
              redis.call('HSET', P .. 'e:' .. id, 'ch', ch, 'pu', pu, 'due', due)
              redis.call('ZADD', dueKey(ch, pu), due, id)
              redis.call('ZADD', P .. 'ids', id, id)
              if pu == 'PUBLISH' then redis.call('SADD', P .. 'channels', ch) end
            end
            local function heldBy(id, owner, tok)
              local e = redis.call('HMGET', P .. 'e:' .. id, 'own', 'tok')
              return e[1] == owner and e[2] == tok
            end
            """;

    private static final RedisScript<Long> SCHEDULE = script(Long.class, """
            enqueue(ARGV[2], ARGV[3], ARGV[4], ARGV[5])
            return 1
            """);

    /**
     * An entry counts as queued only when its hash is in its due set or in {@code flight}: a Redis that lost some
     * keys and not others (eviction, a flush racing the nodes' writes) can leave a hash no claim ever reads. The
     * indexes a claim and the sweep page through are put back too, which costs nothing when they are there.
     */
    private static final RedisScript<Long> RESTORE = script(Long.class, """
            local id = ARGV[2]
            local e = redis.call('HMGET', P .. 'e:' .. id, 'ch', 'pu')
            if e[1] and (redis.call('ZSCORE', dueKey(e[1], e[2]), id) or redis.call('ZSCORE', P .. 'flight', id)) then
              redis.call('ZADD', P .. 'ids', id, id)
              if e[2] == 'PUBLISH' and redis.call('ZSCORE', dueKey(e[1], e[2]), id) then
                redis.call('SADD', P .. 'channels', e[1])
              end
              return 0
            end
            enqueue(id, ARGV[3], ARGV[4], ARGV[5])
            return 1
            """);

    /** ARGV: prefix, targets... */
    private static final RedisScript<Long> REMOVE_ALL = script(Long.class, """
            for i = 2, #ARGV do
              unqueue(ARGV[i])
              redis.call('ZREM', P .. 'ids', ARGV[i])
            end
            return 1
            """);

    private static final RedisScript<Long> REMOVE = script(Long.class, """
            unqueue(ARGV[2])
            redis.call('ZREM', P .. 'ids', ARGV[2])
            return 1
            """);

    /**
     * ARGV: prefix, now, limit, owner, lease deadline, everything paused ('1'/'0'), paused channels...
     * Gathers up to {@code limit} candidates from each set it may read (expired leases, withdrawals and looks,
     * each unpaused channel), takes the earliest due, and moves them to {@code flight} with a new token.
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CLAIM = script(List.class, """
            local now, limit, owner, deadline = ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
            local found = {}
            for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'flight', '-inf', now, 'LIMIT', 0, limit)) do
              local due = redis.call('HGET', P .. 'e:' .. id, 'due')
              if due then table.insert(found, { id = id, due = tonumber(due), recovered = '1' })
              else redis.call('ZREM', P .. 'flight', id) end
            end
            local function collect(key)
              local r = redis.call('ZRANGEBYSCORE', key, '-inf', now, 'WITHSCORES', 'LIMIT', 0, limit)
              for i = 1, #r, 2 do table.insert(found, { id = r[i], due = tonumber(r[i + 1]), recovered = '0' }) end
            end
            collect(P .. 'due:w')
            if ARGV[6] ~= '1' then
              local paused = {}
              for i = 7, #ARGV do paused[ARGV[i]] = true end
              for _, ch in ipairs(redis.call('SMEMBERS', P .. 'channels')) do
                if not paused[ch] then
                  local key = P .. 'due:p:' .. ch
                  if redis.call('EXISTS', key) == 0 then redis.call('SREM', P .. 'channels', ch) else collect(key) end
                end
              end
            end
            table.sort(found, function(a, b)
              if a.due ~= b.due then return a.due < b.due end
              return tonumber(a.id) < tonumber(b.id)
            end)
            local claimed = {}
            -- A counter lost with the rest (FLUSHALL, a restart without persistence) starts again at the clock, so a
            -- claim from before the loss can never carry the token of one made after it.
            if #found > 0 and redis.call('EXISTS', P .. 'tok') == 0 then redis.call('SET', P .. 'tok', now) end
            for i = 1, math.min(limit, #found) do
              local id = found[i].id
              local e = redis.call('HMGET', P .. 'e:' .. id, 'ch', 'pu', 'due')
              local tok = string.format('%d', redis.call('INCR', P .. 'tok'))
              redis.call('ZREM', dueKey(e[1], e[2]), id)
              redis.call('ZADD', P .. 'flight', deadline, id)
              redis.call('HSET', P .. 'e:' .. id, 'own', owner, 'exp', deadline, 'tok', tok)
              for _, v in ipairs({ id, e[1], e[2], e[3], found[i].recovered, tok }) do table.insert(claimed, v) end
            end
            return claimed
            """);

    /** ARGV: prefix, target, owner, token, new due time. Ignored unless the claim is the entry's current one. */
    private static final RedisScript<Long> HAND_BACK = script(Long.class, """
            local id = ARGV[2]
            if not heldBy(id, ARGV[3], ARGV[4]) then return 0 end
            local e = redis.call('HMGET', P .. 'e:' .. id, 'ch', 'pu')
            redis.call('ZREM', P .. 'flight', id)
            redis.call('HDEL', P .. 'e:' .. id, 'own', 'exp')
            redis.call('HSET', P .. 'e:' .. id, 'due', ARGV[5])
            redis.call('ZADD', dueKey(e[1], e[2]), ARGV[5], id)
            return 1
            """);

    /** ARGV: prefix, target, owner, token. */
    private static final RedisScript<Long> DROP = script(Long.class, """
            local id = ARGV[2]
            if not heldBy(id, ARGV[3], ARGV[4]) then return 0 end
            unqueue(id)
            redis.call('ZREM', P .. 'ids', id)
            return 1
            """);

    /** ARGV: prefix, now. Returns the backlog, the claimed count and the oldest due time of the backlog ('' if none). */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> STATS = script(List.class, """
            local now = ARGV[2]
            local due, oldestId, oldest = 0, nil, nil
            local keys = { P .. 'due:w' }
            for _, ch in ipairs(redis.call('SMEMBERS', P .. 'channels')) do table.insert(keys, P .. 'due:p:' .. ch) end
            for _, key in ipairs(keys) do
              due = due + redis.call('ZCOUNT', key, '-inf', now)
              local first = redis.call('ZRANGEBYSCORE', key, '-inf', now, 'WITHSCORES', 'LIMIT', 0, 1)
              if first[1] and (oldest == nil or tonumber(first[2]) < oldest) then
                oldestId, oldest = first[1], tonumber(first[2])
              end
            end
            local oldestDue = ''
            if oldestId then oldestDue = redis.call('HGET', P .. 'e:' .. oldestId, 'due') end
            return { tostring(due), tostring(redis.call('ZCARD', P .. 'flight')), oldestDue }
            """);

    /**
     * ARGV: prefix, everything paused ('1'/'0'), paused channels... The lowest score of the lease deadlines, the
     * withdrawals and looks and every unpaused channel's publications ('' when all are empty).
     */
    private static final RedisScript<String> NEXT_DUE = script(String.class, """
            local keys = { P .. 'flight', P .. 'due:w' }
            if ARGV[2] ~= '1' then
              local paused = {}
              for i = 3, #ARGV do paused[ARGV[i]] = true end
              for _, ch in ipairs(redis.call('SMEMBERS', P .. 'channels')) do
                if not paused[ch] then table.insert(keys, P .. 'due:p:' .. ch) end
              end
            end
            local next = nil
            for _, key in ipairs(keys) do
              local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
              if first[2] and (next == nil or tonumber(first[2]) < tonumber(next)) then next = first[2] end
            end
            return next or ''
            """);

    private final StringRedisTemplate redis;
    private final String prefix;

    /**
     * @param redis  the connection
     * @param prefix put before every key; nodes sharing a queue use the same one
     */
    public RedisPublishQueue(StringRedisTemplate redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    private static <T> RedisScript<T> script(Class<T> result, String body) {
        return new DefaultRedisScript<>(PRELUDE + body, result);
    }

    private <T> T run(RedisScript<T> script, Object... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = prefix;
        for (int i = 0; i < args.length; i++) {
            argv[i + 1] = String.valueOf(args[i]);
        }
        return redis.execute(script, List.of(), (Object[]) argv);
    }

    @Override
    public boolean joinsDatabaseTransaction() {
        return false;
    }

    @Override
    public void schedule(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        run(SCHEDULE, targetId, channelId, purpose, micros(dueAt));
    }

    @Override
    public boolean restore(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        return run(RESTORE, targetId, channelId, purpose, micros(dueAt)) == 1L;
    }

    @Override
    public void remove(long targetId) {
        run(REMOVE, targetId);
    }

    @Override
    public void removeAll(Collection<Long> targetIds) {
        if (!targetIds.isEmpty()) {
            run(REMOVE_ALL, targetIds.toArray());
        }
    }

    @Override
    public List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused) {
        List<Object> args = new ArrayList<>(List.of(micros(now), limit, owner, micros(now.plus(lease)),
                paused.everything() ? "1" : "0"));
        args.addAll(paused.channelIds());
        List<?> flat = run(CLAIM, args.toArray());
        List<Claim> claims = new ArrayList<>(flat.size() / 6);
        for (int i = 0; i < flat.size(); i += 6) {
            claims.add(new Claim(Long.parseLong(text(flat.get(i))), text(flat.get(i + 1)),
                    Purpose.valueOf(text(flat.get(i + 2))), instant(text(flat.get(i + 3))), "1".equals(text(flat.get(i + 4))),
                    owner, Long.parseLong(text(flat.get(i + 5)))));
        }
        return claims;
    }

    @Override
    public Optional<Instant> nextDueAt(Paused paused) {
        List<Object> args = new ArrayList<>();
        args.add(paused.everything() ? "1" : "0");
        args.addAll(paused.channelIds());
        String next = run(NEXT_DUE, args.toArray());
        return next == null || next.isEmpty() ? Optional.empty()
                : Optional.of(Instant.EPOCH.plus((long) Double.parseDouble(next), ChronoUnit.MICROS));
    }

    @Override
    public boolean handBack(Claim claim, Instant dueAt) {
        return run(HAND_BACK, claim.targetId(), claim.owner(), claim.fencingToken(), micros(dueAt)) == 1L;
    }

    @Override
    public boolean drop(Claim claim) {
        return run(DROP, claim.targetId(), claim.owner(), claim.fencingToken()) == 1L;
    }

    @Override
    public Optional<Entry> find(long targetId) {
        List<Object> fields = redis.opsForHash().multiGet(prefix + "e:" + targetId,
                List.of("ch", "pu", "due", "own", "exp"));
        if (fields.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(targetId, (String) fields.get(0), Purpose.valueOf((String) fields.get(1)),
                instant((String) fields.get(2)), (String) fields.get(3),
                fields.get(4) == null ? null : instant((String) fields.get(4))));
    }

    @Override
    public List<Long> targetIds(long afterTargetId, int limit) {
        var ids = redis.opsForZSet().rangeByScore(prefix + "ids", afterTargetId + 0.5, Double.POSITIVE_INFINITY, 0, limit);
        return ids == null ? List.of() : ids.stream().map(Long::valueOf).toList();
    }

    @Override
    public Stats stats(Instant now) {
        List<?> figures = run(STATS, micros(now));
        String oldest = text(figures.get(2));
        return new Stats(Long.parseLong(text(figures.get(0))), Long.parseLong(text(figures.get(1))),
                oldest.isEmpty() ? null : instant(oldest));
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant instant(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
