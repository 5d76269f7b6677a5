package org.pressdesk.connector.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * A remote API's complete answer, read before the connection is released, whatever its status:
 * connectors map statuses themselves instead of catching the client's status exceptions.
 *
 * @param status  the HTTP status code
 * @param headers the response headers
 * @param body    the body as UTF-8 text; empty when there was none
 */
public record HttpResult(int status, HttpHeaders headers, String body) {

    /**
     * Sends the request and reads the whole answer.
     *
     * @throws ResourceAccessException when no complete answer arrived; see {@link NetworkFailures}
     */
    public static HttpResult exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((sent, response) -> new HttpResult(response.getStatusCode().value(),
                HttpHeaders.copyOf(response.getHeaders()),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isServerError() {
        return status >= 500;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The {@code Retry-After} header given in seconds, counted from {@code now}. */
    public Optional<Instant> retryAfter(Instant now) {
        return header("Retry-After").flatMap(value -> {
            try {
                return Optional.of(now.plusSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
