-- bench/posts: ${posts} posts over the three years up to now, each with 1-3 targets on the sample channels.
-- Deterministic: every column is a function of the post's id (and the target's place), so two seeds of the same
-- size hold the same rows (but for the dates, which end at the time of seeding).
-- Statements are separated by a line holding only ";".
TRUNCATE post, publish_target, target_transition, publish_queue RESTART IDENTITY CASCADE
;
INSERT INTO post (id, kind, title, body, language, source_conference_date, source_question_number, author,
                  created_at, question, answer, spokesperson)
SELECT g,
       (ARRAY['SPOKESPERSON_ANSWER', 'SPOKESPERSON_ANSWER', 'SPOKESPERSON_ANSWER', 'SPOKESPERSON_ANSWER',
              'SPOKESPERSON_ANSWER', 'BRIEFING_SUMMARY', 'BRIEFING_SUMMARY', 'IMPORTANT_SPEECH', 'STATEMENT',
              'TREATY_DOCUMENT', 'DIPLOMATIC_NEWS', 'DIPLOMATIC_NEWS', 'MISSION_RELEASE', 'SERVICE_NOTICE',
              'PUBLIC_EMAIL_REPLY', 'CORRECTION'])[1 + (g * 7919) % 16],
       '外交部发言人答记者问（第 ' || g || ' 号）',
       '问：有记者问及近期有关报道，中方对此有何评论？答：我们注意到有关报道。中方的立场是一贯的、明确的。'
           || '我们愿同各方一道，推动有关问题得到妥善解决。（' || g || '）',
       (ARRAY['zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'en',
              'en'])[1 + (g * 104729) % 10],
       CAST(created AS DATE),
       1 + g % 15,
       (ARRAY['王小明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周婷', '吴刚', 'Alice Chen',
              'Ben Lau'])[1 + (g * 31) % 12],
       created,
       '有记者问及近期有关报道，中方对此有何评论？',
       '我们注意到有关报道。中方的立场是一贯的、明确的。',
       (ARRAY['汪文斌', '毛宁', '林剑'])[1 + g % 3]
FROM (SELECT g, now() - INTERVAL '3 years' + (g::float8 / ${posts}) * INTERVAL '3 years' AS created
      FROM generate_series(CAST(1 AS BIGINT), ${posts}) g) numbered
;
SELECT setval(pg_get_serial_sequence('post', 'id'), ${posts})
;
INSERT INTO publish_target (post_id, channel_id, state, scheduled_at, next_attempt_at, attempts, first_attempt_at,
                            last_error_category, last_error_message, remote_id, remote_url, published_at,
                            idempotency_key)
SELECT id, channel, state,
       scheduled,
       CASE WHEN state = 'SCHEDULED' THEN scheduled END,
       CASE WHEN state IN ('PUBLISHED', 'FAILED', 'OUTCOME_UNKNOWN', 'WITHDRAWN') THEN 1 + h % 2 ELSE 0 END,
       CASE WHEN state IN ('PUBLISHED', 'FAILED', 'OUTCOME_UNKNOWN', 'WITHDRAWN') THEN scheduled END,
       CASE WHEN state = 'FAILED' THEN 'PERMANENT' END,
       CASE WHEN state = 'FAILED' THEN 'the channel refused the post (bench)' END,
       CASE WHEN state IN ('PUBLISHED', 'WITHDRAWN') THEN 'bench-' || id || '-' || place END,
       CASE WHEN state IN ('PUBLISHED', 'WITHDRAWN') THEN 'https://example.org/' || channel || '/' || id END,
       CASE WHEN state IN ('PUBLISHED', 'WITHDRAWN') THEN scheduled + INTERVAL '2 seconds' END,
       'bench-' || id || '-' || place
FROM (SELECT p.id, place,
             (ARRAY['weibo-sample', 'x-sample', 'radio-sample'])[1 + (p.id * 17 + place) % 3] AS channel,
             p.created_at + ((p.id * 13 + place * 7) % 48) * INTERVAL '1 hour' AS scheduled,
             (p.id * 2654435761 + place * 40503) % 1000 AS h,
             CASE
                 WHEN p.id <= ${posts} * 0.99 THEN
                     CASE WHEN (p.id * 2654435761 + place * 40503) % 1000 < 20 THEN 'FAILED'
                          WHEN (p.id * 2654435761 + place * 40503) % 1000 < 24 THEN 'OUTCOME_UNKNOWN'
                          WHEN (p.id * 2654435761 + place * 40503) % 1000 < 74 THEN 'CANCELLED'
                          WHEN (p.id * 2654435761 + place * 40503) % 1000 < 84 THEN 'WITHDRAWN'
                          ELSE 'PUBLISHED' END
                 ELSE
                     -- the last 1 %: still on their way, all of a post's targets at the same step
                     CASE WHEN (p.id * 2654435761) % 1000 < 300 THEN 'DRAFT'
                          WHEN (p.id * 2654435761) % 1000 < 500 THEN 'SUBMITTED'
                          WHEN (p.id * 2654435761) % 1000 < 600 THEN 'APPROVED'
                          WHEN (p.id * 2654435761) % 1000 < 950 THEN 'SCHEDULED'
                          ELSE 'HELD' END
                 END AS state
      FROM post p
      CROSS JOIN LATERAL generate_series(0, (p.id * 131) % 3) place) targets
;
ANALYZE post
;
ANALYZE publish_target
