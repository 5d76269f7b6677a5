package org.pressdesk.connector.x;

import java.lang.reflect.Field;
import org.pressdesk.connector.ChannelAccount;
import twitter4j.Twitter;
import twitter4j.TwitterFactory;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/** Builds the Twitter4J client of one {@code x} channel: OAuth 1.0a user keys, configured base URLs, safe transport. */
final class XClients {

    private XClients() {
    }

    static Twitter create(ChannelAccount account, XSettings settings, XPostingLimits postingLimits) {
        Configuration configuration = new ConfigurationBuilder()
                .setOAuthConsumerKey(account.requiredCredential("consumer-key"))
                .setOAuthConsumerSecret(account.requiredCredential("consumer-secret"))
                .setOAuthAccessToken(account.requiredCredential("access-token"))
                .setOAuthAccessTokenSecret(account.requiredCredential("access-token-secret"))
                .setRestBaseURL(settings.restBaseUrl())
                .setHttpRetryCount(0)
                .setHttpConnectionTimeout((int) settings.timeouts().connect().toMillis())
                .setHttpReadTimeout((int) settings.timeouts().read().toMillis())
                .setJSONStoreEnabled(false)
                .build();
        // takke's v2 add-on keeps its base URL beside the Configuration (keyed by it), not inside it.
        V2ConfigurationKt.getV2Configuration(configuration).setBaseURL(settings.v2BaseUrl());
        Twitter twitter = new TwitterFactory(configuration).getInstance();
        replaceTransport(twitter, new XHttpTransport(settings.timeouts(), configuration.getHttpClientConfiguration(),
                postingLimits));
        return twitter;
    }

    /**
     * Twitter4J picks its transport once per JVM (system property {@code twitter4j.http.httpClient})
     * and keeps it in a package-private field; setting that field on this one instance is the only
     * way to change it without affecting other code. See {@link XHttpTransport} for why it must change.
     */
    private static void replaceTransport(Twitter twitter, XHttpTransport transport) {
        try {
            Field http = Class.forName("twitter4j.TwitterBaseImpl").getDeclaredField("http");
            http.setAccessible(true);
            http.set(twitter, transport);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the X transport into Twitter4J "
                    + "(expected twitter4j-core 4.0.7)", e);
        }
    }
}
