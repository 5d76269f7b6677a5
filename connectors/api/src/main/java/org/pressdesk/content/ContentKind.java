package org.pressdesk.content;

/**
 * What a post is, following the kinds of item the press office and its portal publish.
 * The radio segment uses {@link #broadcastPriority()} to choose what moves to the next episode.
 */
public enum ContentKind {
    /** 發言人答記者問: one question and its answer from a press conference; the daily bulk. */
    SPOKESPERSON_ANSWER(2),
    /** The digest of one regular press conference: date, spokesperson, topics, key lines. */
    BRIEFING_SUMMARY(1),
    /** 重要講話. */
    IMPORTANT_SPEECH(1),
    /** 聲明公報. */
    STATEMENT(1),
    /** 條約文件. */
    TREATY_DOCUMENT(3),
    /** 外交動態. */
    DIPLOMATIC_NEWS(2),
    /** 駐外外交機構消息稿. */
    MISSION_RELEASE(3),
    /** 服務信息: consular and travel notices. */
    SERVICE_NOTICE(2),
    /** 公眾郵件: a reply to a public e-mail. */
    PUBLIC_EMAIL_REPLY(3),
    /** 更正: corrects an earlier post that went out wrong; read early, it matters more than most. */
    CORRECTION(1);

    private final int broadcastPriority;

    ContentKind(int broadcastPriority) {
        this.broadcastPriority = broadcastPriority;
    }

    /** 1 is most important; lower numbers stay in an over-full radio episode longest. */
    public int broadcastPriority() {
        return broadcastPriority;
    }
}
