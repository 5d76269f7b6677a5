package org.pressdesk.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.PublishException;
import org.springframework.web.client.ResourceAccessException;

class NetworkFailuresTest {

    @Test
    void failuresBeforeTheRequestLeftCannotHaveReachedTheServer() {
        for (IOException beforeSending : new IOException[] {new ConnectException("Connection refused"),
                new HttpConnectTimeoutException("HTTP connect timed out"), new UnknownHostException("api.weibo.com"),
                new SSLHandshakeException("PKIX path building failed")}) {
            assertThat(NetworkFailures.mayHaveReachedServer(new ResourceAccessException("I/O error", beforeSending)))
                    .as(beforeSending.toString()).isFalse();
        }
    }

    @Test
    void failuresAfterTheRequestLeftMayHaveReachedTheServer() {
        for (IOException afterSending : new IOException[] {new HttpTimeoutException("request timed out"),
                new SocketException("Connection reset"), new EOFException("EOF reached while reading"),
                new IOException("HTTP/1.1 header parser received no bytes")}) {
            assertThat(NetworkFailures.mayHaveReachedServer(new ResourceAccessException("I/O error", afterSending)))
                    .as(afterSending.toString()).isTrue();
        }
    }

    @Test
    void aConnectTimeoutIsTransientAndAReadTimeoutIsOutcomeUnknown() {
        assertThat(PublishFailures.network("Weibo", new ResourceAccessException("x",
                new HttpConnectTimeoutException("connect timed out")), "advice"))
                .isInstanceOf(PublishException.Transient.class);
        assertThat(PublishFailures.network("Weibo", new ResourceAccessException("x",
                new HttpTimeoutException("request timed out")), "check the account"))
                .isInstanceOf(PublishException.OutcomeUnknown.class).hasMessageContaining("check the account");
    }

    @Test
    void describingAFailureNamesTheRootCauseOnly() {
        assertThat(NetworkFailures.describe(new ResourceAccessException(
                "I/O error on GET request for \"https://example.org/?q=1\"", new SocketException("Connection reset"))))
                .isEqualTo("SocketException: Connection reset");
    }

    @Test
    void prefixingKeepsTheKindAndTheRetryTime() {
        Instant retryAt = Instant.parse("2011-12-30T08:00:00Z");
        PublishException prefixed = PublishFailures.prefixed("part 2 of 3: ",
                new PublishException.RateLimited(retryAt, "rate limit"));

        assertThat(prefixed).isInstanceOf(PublishException.RateLimited.class).hasMessage("part 2 of 3: rate limit");
        assertThat(((PublishException.RateLimited) prefixed).retryAt()).isEqualTo(retryAt);
        assertThat(PublishFailures.prefixed("p: ", new PublishException.OutcomeUnknown("lost", null)))
                .isInstanceOf(PublishException.OutcomeUnknown.class);
    }

    @Test
    void readsTimeoutsAndBaseUrlsFromSettings() {
        ChannelAccount account = new ChannelAccount("c", "t", null,
                Map.of("connect-timeout", "2s", "read-timeout", "1500", "base-url", "https://mastodon.example"), Map.of());

        assertThat(HttpTimeouts.from(account)).isEqualTo(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500)));
        assertThat(BaseUrls.required(account, "base-url")).isEqualTo("https://mastodon.example/");
        assertThatThrownBy(() -> HttpTimeouts.from(new ChannelAccount("c", "t", null, Map.of("read-timeout", "soon"), Map.of())))
                .isInstanceOf(InvalidChannelConfigurationException.class).hasMessageContaining("read-timeout");
        assertThatThrownBy(() -> BaseUrls.required(new ChannelAccount("c", "t", null, Map.of("base-url", "ftp://x"), Map.of()),
                "base-url")).isInstanceOf(InvalidChannelConfigurationException.class);
    }
}
