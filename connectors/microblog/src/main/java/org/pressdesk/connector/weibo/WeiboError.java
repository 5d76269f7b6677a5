package org.pressdesk.connector.weibo;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Weibo's error body {@code {"error":"…","error_code":20019,"request":"/2/statuses/share.json"}}.
 * {@code error_code} arrives as a number or as a string, depending on the endpoint.
 *
 * @param code    the error code, or -1 when the body had none
 * @param message Weibo's own text, e.g. {@code repeat content!}
 */
record WeiboError(int code, String message) {

    static Optional<WeiboError> parse(String body) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
        if (root == null || !root.has("error_code") && !root.has("error")) {
            return Optional.empty();
        }
        return Optional.of(new WeiboError(root.path("error_code").asInt(-1), root.path("error").asString("")));
    }

    /** For messages: {@code 20019 repeat content!}. */
    String describe() {
        return (code >= 0 ? code + " " : "") + message;
    }
}
