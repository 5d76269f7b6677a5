package org.pressdesk.connector.weibo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Weibo as far as the connector uses it: {@code 2/statuses/share.json} creates a status with a new
 * id, and {@code 2/statuses/user_timeline.json} lists the statuses created, newest first, the way
 * Weibo shows them — every link shortened to t.cn; {@code 2/statuses/destroy.json} deletes one, and
 * answers error 20101 for an id it does not have.
 */
final class FakeWeiboStatuses implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-weibo-statuses";
    static final String CREATED_AT = "Fri Dec 30 15:00:05 +0800 2011";

    private static final long FIRST_ID = 3_504_803_600_000_001L;
    private static final Pattern LINK = Pattern.compile("https?://[a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)+[-A-Za-z0-9_$.+!*()/,:;@&=?~#%]*");

    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final List<ObjectNode> statuses = new ArrayList<>();

    synchronized void reset() {
        nextId.set(FIRST_ID);
        statuses.clear();
    }

    /** Whether a status with this id is on the account. */
    synchronized boolean has(String id) {
        return statuses.stream().anyMatch(status -> status.path("idstr").asString().equals(id));
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        if (serveEvent.getRequest().getUrl().startsWith("/2/statuses/destroy.json")) {
            String id = WeiboConnectorTest.form(serveEvent.getRequest()).get("id");
            for (ObjectNode status : statuses) {
                if (status.path("idstr").asString().equals(id)) {
                    statuses.remove(status);
                    return json(status);
                }
            }
            return new ResponseDefinitionBuilder().withStatus(400).withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"target weibo does not exist!\",\"error_code\":20101,"
                            + "\"request\":\"/2/statuses/destroy.json\"}").build();
        }
        if (serveEvent.getRequest().getMethod().getName().equals("POST")) {
            String text = WeiboConnectorTest.form(serveEvent.getRequest()).get("status");
            String id = Long.toString(nextId.getAndIncrement());
            ObjectNode status = JsonMapper.shared().createObjectNode().put("created_at", CREATED_AT)
                    .put("id", Long.parseLong(id)).put("idstr", id).put("mid", id).put("text", shortened(text));
            status.putObject("user").put("id", 1904178193L).put("idstr", "1904178193");
            statuses.add(status);
            return json(status);
        }
        ObjectNode listing = JsonMapper.shared().createObjectNode();
        ArrayNode page = listing.putArray("statuses");
        String pageNumber = serveEvent.getRequest().queryParameter("page").firstValue();
        if ("1".equals(pageNumber)) {
            for (int i = statuses.size() - 1; i >= 0; i--) {
                page.add(statuses.get(i));
            }
        }
        listing.put("total_number", statuses.size());
        return json(listing);
    }

    private static String shortened(String text) {
        Matcher link = LINK.matcher(text);
        StringBuilder shown = new StringBuilder();
        int n = 0;
        while (link.find()) {
            link.appendReplacement(shown, "http://t.cn/A6Fake" + (++n));
        }
        link.appendTail(shown);
        return shown.toString();
    }

    private static ResponseDefinition json(ObjectNode body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body.toString()).build();
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
