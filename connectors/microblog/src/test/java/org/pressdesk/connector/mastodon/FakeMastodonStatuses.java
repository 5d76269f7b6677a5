package org.pressdesk.connector.mastodon;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/statuses} as a Mastodon server answers it: a new status with a new id, unless
 * the {@code Idempotency-Key} was seen before, in which case the status created then comes back.
 * It can also create a status and then lose the answer, as a dropped connection would.
 * {@code GET /api/v1/accounts/:id/statuses} lists the statuses created, newest first, their text
 * rendered as Mastodon renders it: HTML paragraphs, line breaks and links split into spans.
 * {@code DELETE /api/v1/statuses/:id} deletes one and answers it; an id it does not have is 404.
 */
final class FakeMastodonStatuses implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-mastodon-statuses";

    private static final long FIRST_ID = 107_000_000_000_000_001L;

    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final Map<String, String> statusByKey = new LinkedHashMap<>();
    private final List<Map<String, String>> created = new ArrayList<>();
    private final List<String> listed = new ArrayList<>();
    private final Set<String> loseAnswerFor = new HashSet<>();

    synchronized void reset() {
        nextId.set(FIRST_ID);
        statusByKey.clear();
        created.clear();
        listed.clear();
        loseAnswerFor.clear();
    }

    /** The next time a status is created under this key, create it but drop the connection instead of answering. */
    synchronized void loseTheAnswerOnce(String idempotencyKey) {
        loseAnswerFor.add(idempotencyKey);
    }

    /** What the instance does an hour after a status was created: it no longer knows the keys it has seen. */
    synchronized void forgetIdempotencyKeys() {
        statusByKey.clear();
    }

    /** The form of every status created, in creation order; repeats under a known key create nothing. */
    synchronized List<Map<String, String>> created() {
        return List.copyOf(created);
    }

    /** Whether a status with this id is on the account. */
    synchronized boolean has(String id) {
        return listed.stream().anyMatch(status -> JsonMapper.shared().readTree(status).path("id").asString().equals(id));
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        if (request.getMethod().getName().equals("DELETE")) {
            String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
            for (String status : listed) {
                if (JsonMapper.shared().readTree(status).path("id").asString().equals(id)) {
                    listed.remove(status);
                    return ok(status);
                }
            }
            return new ResponseDefinitionBuilder().withStatus(404).withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"Record not found\"}").build();
        }
        if (request.getMethod().getName().equals("GET")) {
            List<String> newestFirst = new ArrayList<>(listed);
            java.util.Collections.reverse(newestFirst);
            return ok(request.queryParameter("max_id").isPresent() ? "[]" : "[" + String.join(",", newestFirst) + "]");
        }
        String key = request.getHeader("Idempotency-Key");
        String known = key == null ? null : statusByKey.get(key);
        if (known != null) {
            return ok(known);
        }
        Map<String, String> form = form(request.getBodyAsString());
        long id = nextId.getAndIncrement();
        ObjectNode status = JsonMapper.shared().createObjectNode()
                .put("id", Long.toString(id))
                .put("created_at", "2011-12-30T07:00:0" + (created.size() % 10) + ".000Z")
                .put("in_reply_to_id", form.get("in_reply_to_id"))
                .put("visibility", form.get("visibility"))
                .put("language", form.get("language"))
                .put("uri", "https://mastodon.example/users/mfa/statuses/" + id)
                .put("url", "https://mastodon.example/@mfa/" + id)
                .put("content", rendered(form.get("status")));
        status.putObject("account").put("id", "109").put("username", "mfa").put("url", "https://mastodon.example/@mfa");
        String json = status.toString();
        created.add(form);
        listed.add(json);
        if (key != null) {
            statusByKey.put(key, json);
        }
        if (key != null && loseAnswerFor.remove(key)) {
            return new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        return ok(json);
    }

    /** A status's text as Mastodon renders it into {@code content}. */
    static String rendered(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(https?://)(\\S{0,30})(\\S*)").matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(html, java.util.regex.Matcher.quoteReplacement("<a href=\"" + link.group() + "\""
                    + " target=\"_blank\" rel=\"nofollow noopener\"><span class=\"invisible\">" + link.group(1)
                    + "</span><span class=\"ellipsis\">" + link.group(2) + "</span><span class=\"invisible\">"
                    + link.group(3) + "</span></a>"));
        }
        link.appendTail(html);
        return "<p>" + html.toString().replace("\n\n", "</p><p>").replace("\n", "<br />") + "</p>";
    }

    private static ResponseDefinition ok(String json) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(json).build();
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
