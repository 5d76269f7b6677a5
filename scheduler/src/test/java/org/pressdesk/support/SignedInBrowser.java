package org.pressdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser on a real port that signs in through the sign-in form and keeps its session cookie. */
public final class SignedInBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private SignedInBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in, and checks that the form sent the browser on rather than back to the sign-in page. */
    public static SignedInBrowser signIn(int port, String username, String password) {
        SignedInBrowser browser = new SignedInBrowser(port);
        HttpResponse<String> answer = browser.postForm("/login", "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(browser.csrfToken("/login")));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode() + " " + location);
        }
        return browser;
    }

    /** The CSRF token of the form on this page. */
    public String csrfToken(String path) {
        String page = get(path, "text/html").body();
        Matcher field = CSRF_FIELD.matcher(page);
        if (!field.find()) {
            throw new IllegalStateException("no CSRF field on " + path);
        }
        return field.group(1);
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
