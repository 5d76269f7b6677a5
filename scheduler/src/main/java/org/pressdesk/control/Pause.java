package org.pressdesk.control;

import java.time.Instant;

/**
 * One paused scope: every channel ({@link #ALL}) or one channel account.
 *
 * @param scope    {@link #ALL} or a configured channel id
 * @param cause    a person, or the platform (quota, credentials)
 * @param reason   why, as the person or the platform said
 * @param pausedBy the normalised name of who paused it, or {@code pressdesk} for a platform's answer
 * @param pausedAt when (UTC)
 * @param resumeAt when it lifts itself (a quota that resets then); null when a person must resume it
 */
public record Pause(String scope, PauseCause cause, String reason, String pausedBy, Instant pausedAt,
                    Instant resumeAt) {

    /** The stored scope of a pause of every channel; the API calls it {@code all}. */
    public static final String ALL = "*";

    public boolean isAll() {
        return ALL.equals(scope);
    }

    /** The scope as the API names it. */
    public String scopeName() {
        return isAll() ? "all" : scope;
    }
}
