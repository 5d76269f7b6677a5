package org.pressdesk.connector.x;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.connector.http.HttpTimeouts;
import org.pressdesk.connector.http.JdkHttp;
import org.pressdesk.connector.http.NetworkFailures;
import twitter4j.HttpClientConfiguration;
import twitter4j.HttpParameter;
import twitter4j.HttpRequest;
import twitter4j.HttpResponse;
import twitter4j.HttpResponseListener;
import twitter4j.RequestMethod;
import twitter4j.TwitterException;
import twitter4j.auth.Authorization;

/**
 * Twitter4J's HTTP transport, re-implemented on the JDK {@link HttpClient}.
 *
 * <p><b>Why:</b> Twitter4J 4.0.7 sends requests through {@code HttpURLConnection}, which silently
 * sends a non-streamed POST a second time when the connection drops before the answer
 * ({@code sun.net.http.retryPost} defaults to true). For {@code POST /2/tweets} that turns one lost
 * answer into two identical posts. The JDK client never repeats a POST, and its exceptions tell a
 * refused connection (nothing sent) from a lost answer (request sent), which {@link XErrorMapper}
 * needs to choose between transient and outcome-unknown. OAuth 1.0a signing is still Twitter4J's:
 * the request's {@link Authorization} writes the header.
 *
 * <p>Only what the connector uses is supported: bodiless requests, form posts and JSON posts.
 * Nothing is logged here; in particular the Authorization header never leaves this class except
 * on the wire.
 */
final class XHttpTransport implements twitter4j.HttpClient {

    static final String USER_AGENT = "Pressdesk (twitter4j/4.0.7; jp.takke.twitter4j-v2/1.4.3)";

    private final HttpClient http;
    private final Duration readTimeout;
    private final HttpClientConfiguration configuration;
    private final Map<String, String> defaultHeaders = new ConcurrentHashMap<>(Map.of("User-Agent", USER_AGENT));
    private final XPostingLimits postingLimits;

    XHttpTransport(HttpTimeouts timeouts, HttpClientConfiguration configuration, XPostingLimits postingLimits) {
        this.http = JdkHttp.client(timeouts);
        this.readTimeout = timeouts.read();
        this.configuration = configuration;
        this.postingLimits = postingLimits;
    }

    @Override
    public void addDefaultRequestHeader(String name, String value) {
        defaultHeaders.put(name, value);
    }

    @Override
    public Map<String, String> getRequestHeaders() {
        return defaultHeaders;
    }

    @Override
    public HttpResponse request(HttpRequest request) throws TwitterException {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.getURL()))
                .timeout(readTimeout);
        defaultHeaders.forEach(builder::header);
        Authorization authorization = request.getAuthorization();
        String authorizationHeader = authorization == null ? null : authorization.getAuthorizationHeader(request);
        if (authorizationHeader != null) {
            builder.header("Authorization", authorizationHeader);
        }
        builder.method(request.getMethod().name(), body(request, builder));

        java.net.http.HttpResponse<String> answer;
        try {
            answer = http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new XTransportException(request.getMethod() + " " + request.getURL() + " failed: "
                    + NetworkFailures.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XTransportException(request.getMethod() + " " + request.getURL() + " was interrupted", e);
        }
        if (request.getMethod() == RequestMethod.POST && URI.create(request.getURL()).getPath().endsWith("/2/tweets")) {
            postingLimits.saw(answer.headers());
        }
        JdkTwitterResponse response = new JdkTwitterResponse(configuration, answer.statusCode(), answer.headers(),
                answer.body());
        if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
            throw new XApiException(answer.body(), response);
        }
        return response;
    }

    private static java.net.http.HttpRequest.BodyPublisher body(HttpRequest request,
                                                               java.net.http.HttpRequest.Builder builder)
            throws TwitterException {
        HttpParameter[] parameters = request.getParameters();
        if (request.getMethod() != RequestMethod.POST || parameters == null || parameters.length == 0) {
            return java.net.http.HttpRequest.BodyPublishers.noBody();
        }
        if (HttpParameter.containsFile(parameters)) {
            throw new TwitterException("file uploads are not supported by the Pressdesk X transport");
        }
        if (HttpParameter.containsJson(parameters)) {
            builder.header("Content-Type", "application/json; charset=UTF-8");
            return java.net.http.HttpRequest.BodyPublishers.ofString(parameters[0].getJsonObject().toString(),
                    StandardCharsets.UTF_8);
        }
        builder.header("Content-Type", "application/x-www-form-urlencoded");
        return java.net.http.HttpRequest.BodyPublishers.ofString(HttpParameter.encodeParameters(parameters),
                StandardCharsets.UTF_8);
    }

    @Override
    public HttpResponse request(HttpRequest request, HttpResponseListener listener) throws TwitterException {
        // Twitter4J uses the listener only for rate-limit listeners, which Pressdesk does not register.
        return request(request);
    }

    @Override
    public HttpResponse get(String url, HttpParameter[] parameters, Authorization authorization,
                            HttpResponseListener listener) throws TwitterException {
        return request(new HttpRequest(RequestMethod.GET, url, parameters, authorization, defaultHeaders));
    }

    @Override
    public HttpResponse get(String url) throws TwitterException {
        return request(new HttpRequest(RequestMethod.GET, url, null, null, defaultHeaders));
    }

    @Override
    public HttpResponse post(String url, HttpParameter[] parameters, Authorization authorization,
                             HttpResponseListener listener) throws TwitterException {
        return request(new HttpRequest(RequestMethod.POST, url, parameters, authorization, defaultHeaders));
    }

    @Override
    public HttpResponse post(String url) throws TwitterException {
        return request(new HttpRequest(RequestMethod.POST, url, null, null, defaultHeaders));
    }

    @Override
    public HttpResponse delete(String url, HttpParameter[] parameters, Authorization authorization,
                               HttpResponseListener listener) throws TwitterException {
        return request(new HttpRequest(RequestMethod.DELETE, url, parameters, authorization, defaultHeaders));
    }

    @Override
    public HttpResponse delete(String url) throws TwitterException {
        return request(new HttpRequest(RequestMethod.DELETE, url, null, null, defaultHeaders));
    }

    @Override
    public HttpResponse head(String url) throws TwitterException {
        return request(new HttpRequest(RequestMethod.HEAD, url, null, null, defaultHeaders));
    }

    @Override
    public HttpResponse put(String url, HttpParameter[] parameters, Authorization authorization,
                            HttpResponseListener listener) throws TwitterException {
        return request(new HttpRequest(RequestMethod.PUT, url, parameters, authorization, defaultHeaders));
    }

    @Override
    public HttpResponse put(String url) throws TwitterException {
        return request(new HttpRequest(RequestMethod.PUT, url, null, null, defaultHeaders));
    }

    /** A complete answer, already read, in Twitter4J's response type. */
    private static final class JdkTwitterResponse extends HttpResponse {

        private final HttpHeaders headers;

        JdkTwitterResponse(HttpClientConfiguration configuration, int status, HttpHeaders headers, String body) {
            super(configuration);
            this.statusCode = status;
            this.headers = headers;
            this.responseAsString = body == null ? "" : body;
        }

        @Override
        public String getResponseHeader(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public Map<String, List<String>> getResponseHeaderFields() {
            return headers.map();
        }

        @Override
        public void disconnect() {
            // the body has been read completely; there is no connection to release
        }
    }
}
