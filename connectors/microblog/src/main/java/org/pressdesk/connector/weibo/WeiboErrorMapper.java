package org.pressdesk.connector.weibo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.http.HttpResult;

/**
 * Turns Weibo's error answers into the SPI's typed failures, by {@code error_code} first (Weibo
 * answers most errors with 400 or 403 whatever their cause) and by HTTP status when there is none.
 *
 * <ul>
 *   <li>expired, revoked or invalid token (21301, 21314–21319, 21327, 21332, HTTP 401) → account
 *       unavailable (credentials): reconnect the account; the channel is paused instead of failing every post</li>
 *   <li>the user's own call limits (10023 "User requests out of rate limit", 10024 the same for one
 *       endpoint) → account unavailable (quota) until {@code Retry-After} or the next full hour, Weibo's
 *       counting window: every post of the account would be refused, so the channel is paused until then</li>
 *   <li>other rate limits (10022 per IP, 20016 posting too often, HTTP 429) → rate-limited until
 *       the next full hour or {@code Retry-After} when given</li>
 *   <li>repeated content (20017, 20019, 20111) → permanent: already posted</li>
 *   <li>text too long (20012, 20013) → permanent</li>
 *   <li>no link on the safe domain (10017 "text not find domain!", "appkey not bind domain!"), or
 *       a forbidden link (20018) → permanent, naming the {@code safe-domain} setting</li>
 *   <li>Weibo's own failures (10001–10003, 10009–10011, 21331) and HTTP 5xx → transient; but answering
 *       share.json with HTTP 500, 502 or 504 they leave the outcome unknown (see the connector)</li>
 *   <li>anything else → permanent with Weibo's text</li>
 * </ul>
 */
final class WeiboErrorMapper {

    private static final Set<Integer> TOKEN = Set.of(21301, 21314, 21315, 21316, 21317, 21319, 21327, 21332);
    private static final Set<Integer> USER_QUOTA = Set.of(10023, 10024);
    private static final Set<Integer> RATE_LIMIT = Set.of(10022, 20016);
    private static final Set<Integer> REPEATED = Set.of(20017, 20019, 20111);
    private static final Set<Integer> TOO_LONG = Set.of(20012, 20013);
    private static final Set<Integer> WEIBO_FAILED = Set.of(10001, 10002, 10003, 10009, 10010, 10011, 21331);
    private static final int PARAMETER_INVALID = 10017;
    private static final int ILLEGAL_LINK = 20018;
    /** "发布成功，目前服务器可能会有延迟": accepted, but the answer carries no post. */
    static final int ACCEPTED_BUT_DELAYED = 20032;

    /** "target weibo does not exist!": deleted already, by hand or by an earlier request whose answer was lost. */
    static final int NO_SUCH_STATUS = 20101;

    private final String channelId;
    private final WeiboSettings settings;
    private final Clock clock;

    WeiboErrorMapper(String channelId, WeiboSettings settings, Clock clock) {
        this.channelId = channelId;
        this.settings = settings;
        this.clock = clock;
    }

    PublishException map(HttpResult answer) {
        Optional<WeiboError> parsed = WeiboError.parse(answer.body());
        int code = parsed.map(WeiboError::code).orElse(-1);
        String said = parsed.map(error -> ": " + error.describe()).orElse("");
        String what = "Weibo answered HTTP " + answer.status() + said;

        if (code == ACCEPTED_BUT_DELAYED) {
            return new PublishException.OutcomeUnknown(what + " — Weibo accepted the post but did not return it;"
                    + " check the account before publishing it again", null);
        }
        if (TOKEN.contains(code) || (code < 0 && answer.status() == 401)) {
            return new PublishException.AccountUnavailable(PublishException.AccountUnavailable.Why.CREDENTIALS_INVALID,
                    null, what + " — the access token of channel '" + channelId + "' is expired or revoked: reconnect"
                    + " the account (authorise the app again and update the channel's access-token)");
        }
        if (USER_QUOTA.contains(code)) {
            Instant availableAt = answer.retryAfter(clock.instant()).orElseGet(this::nextHour);
            return new PublishException.AccountUnavailable(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED,
                    availableAt, what + " — the account used up its Weibo calls; publishing resumes after "
                    + availableAt);
        }
        if (RATE_LIMIT.contains(code) || answer.status() == 429) {
            Instant retryAt = answer.retryAfter(clock.instant()).orElseGet(this::nextHour);
            return new PublishException.RateLimited(retryAt, what + " — Weibo rate limit; publishing resumes after "
                    + retryAt);
        }
        if (REPEATED.contains(code)) {
            return new PublishException.Permanent("already posted: " + what
                    + " — Weibo refuses a text the account has already published");
        }
        if (TOO_LONG.contains(code)) {
            return new PublishException.Permanent(what + " — the text is longer than Weibo allows ("
                    + WeiboLength.MAX + " characters, including the link Pressdesk adds)");
        }
        if (code == ILLEGAL_LINK || code == PARAMETER_INVALID && mentionsDomain(parsed)) {
            return new PublishException.Permanent(what + " — share.json needs a link on the app's safe domain: check"
                    + " that '" + settings.safeDomain() + "' (setting safe-domain) is registered and approved as the"
                    + " app's 安全域名 and that the post's links are on it");
        }
        if (WEIBO_FAILED.contains(code) || (code < 0 && answer.isServerError())) {
            return new PublishException.Transient(what);
        }
        return new PublishException.Permanent(what);
    }

    private static boolean mentionsDomain(Optional<WeiboError> error) {
        return error.map(WeiboError::message).map(message -> message.toLowerCase(Locale.ROOT).contains("domain"))
                .orElse(false);
    }

    /** Weibo counts its rate limits per clock hour. */
    private Instant nextHour() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }
}
