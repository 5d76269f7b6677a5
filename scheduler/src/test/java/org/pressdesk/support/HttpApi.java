package org.pressdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.staff.ApiTokens;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUsers;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests against the application on a real port. Every request carries a personal API
 * token (bearer) of the person its body names in {@code actor} or {@code author}, else of {@link #TESTER}; each
 * such person is created on first use with every role, and their token issued, through the application's own
 * {@link StaffUsers} and {@link ApiTokens}.
 */
public final class HttpApi {

    public static final String TESTER = "api-tester";
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final String base;
    private final ApplicationContext application;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public HttpApi(int port, ApplicationContext application) {
        this.base = "http://localhost:" + port;
        this.application = application;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(GIVE_UP).GET()
                .header("Authorization", "Bearer " + tokenOf(TESTER)).build());
    }

    public HttpResponse<String> post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(GIVE_UP)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokenOf(actorOf(body)))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    /** A token of this person (created with every role if there is none yet), issued once per client. */
    public String tokenOf(String username) {
        return tokens.computeIfAbsent(username, name -> issue(application, name));
    }

    /** Creates the person with every role unless they exist, and issues them a token. */
    public static synchronized String issue(ApplicationContext application, String username) {
        StaffUsers users = application.getBean(StaffUsers.class);
        if (users.find(username).isEmpty()) {
            users.create(username, username, "pw-" + UUID.randomUUID(), EnumSet.allOf(StaffRole.class), false);
        }
        return application.getBean(ApiTokens.class).issue(username, "tests", "tests").secret();
    }

    /** The response's Content-Type, or null. */
    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    private static String actorOf(Object body) {
        if (body instanceof Map<?, ?> fields) {
            for (String field : new String[] {"actor", "author"}) {
                if (fields.get(field) instanceof String name && !name.isBlank()) {
                    return name;
                }
            }
        }
        return TESTER;
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
