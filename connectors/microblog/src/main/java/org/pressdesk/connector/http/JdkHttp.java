package org.pressdesk.connector.http;

import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds HTTP clients on the JDK's {@link HttpClient}.
 *
 * <p>The JDK client is chosen on purpose: unlike {@code HttpURLConnection} it never sends a POST a
 * second time on its own after a dropped connection, so one lost answer cannot become two posts.
 * HTTP/1.1 is pinned so that plain-http test servers are not offered an h2c upgrade.
 */
public final class JdkHttp {

    private JdkHttp() {
    }

    /** A JDK client that connects within {@code timeouts.connect()} and never follows redirects. */
    public static HttpClient client(HttpTimeouts timeouts) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A {@link RestClient} for one API.
     *
     * @param baseUrl   ends with {@code /}; request paths are relative to it
     * @param timeouts  connect and read timeouts
     * @param userAgent sent with every request
     */
    public static RestClient restClient(String baseUrl, HttpTimeouts timeouts, String userAgent) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client(timeouts));
        requestFactory.setReadTimeout(timeouts.read());
        return RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requestFactory)
                .defaultHeader("User-Agent", userAgent)
                .build();
    }
}
