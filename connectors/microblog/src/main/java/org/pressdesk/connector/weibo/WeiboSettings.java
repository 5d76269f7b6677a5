package org.pressdesk.connector.weibo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.http.BaseUrls;
import org.pressdesk.connector.http.HttpTimeouts;

/**
 * The non-secret settings of a {@code weibo} channel.
 *
 * @param baseUrl     setting {@code base-url}, default {@value #DEFAULT_BASE_URL}; API paths such as
 *                    {@code 2/statuses/share.json} are relative to it
 * @param safeDomain  setting {@code safe-domain} (required): the app's registered 安全域名. share.json
 *                    only accepts a text that links to it (or a subdomain of it)
 * @param defaultLink setting {@code default-link}: the safe-domain link added to posts whose content
 *                    brings none; default {@code https://<safe-domain>/}
 * @param rip         setting {@code rip} (required): the public IP address reported to Weibo as the
 *                    posting user's real IP, as share.json demands
 * @param uid         setting {@code uid}: the account's numeric id, for follower counts; read from
 *                    {@code 2/account/get_uid.json} when absent
 * @param timeouts    settings {@code connect-timeout} and {@code read-timeout}
 */
record WeiboSettings(String baseUrl, String safeDomain, URI defaultLink, String rip, Optional<String> uid,
                     HttpTimeouts timeouts) {

    static final String DEFAULT_BASE_URL = "https://api.weibo.com/";

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static WeiboSettings from(ChannelAccount account) {
        String safeDomain = safeDomain(account);
        URI defaultLink = defaultLink(account, safeDomain);
        String rip = account.requiredSetting("rip").trim();
        if (!IPV4.matcher(rip).matches() && !IPV6.matcher(rip).matches()) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting 'rip' must be an IP address such as 211.156.0.1, was '" + rip + "'");
        }
        Optional<String> uid = account.setting("uid").map(String::trim);
        if (uid.isPresent() && !uid.get().chars().allMatch(Character::isDigit)) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting 'uid' must be the account's numeric id, was '" + uid.get() + "'");
        }
        return new WeiboSettings(BaseUrls.read(account, "base-url", DEFAULT_BASE_URL), safeDomain, defaultLink, rip, uid,
                HttpTimeouts.from(account));
    }

    /** Setting {@code safe-domain}, required and checked to be a domain name. */
    static String safeDomain(ChannelAccount account) {
        String safeDomain = account.requiredSetting("safe-domain").trim().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(safeDomain).matches()) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting 'safe-domain' must be a domain name such as www.fmprc.gov.cn, was '" + safeDomain + "'");
        }
        return safeDomain;
    }

    /** Setting {@code default-link}, checked to be on the safe domain; {@code https://<safe-domain>/} when absent. */
    static URI defaultLink(ChannelAccount account, String safeDomain) {
        String link = account.setting("default-link").map(String::trim).orElse("https://" + safeDomain + "/");
        URI defaultLink;
        try {
            defaultLink = new URI(link);
        } catch (URISyntaxException e) {
            defaultLink = null;
        }
        if (defaultLink == null || !WeiboStatusText.isOnDomain(defaultLink, safeDomain)) {
            throw new InvalidChannelConfigurationException(account.id(),
                    "setting 'default-link' must be on the safe domain " + safeDomain + ", was '" + link + "'");
        }
        return defaultLink;
    }
}
