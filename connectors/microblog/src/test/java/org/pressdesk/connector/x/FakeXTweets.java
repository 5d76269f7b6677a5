package org.pressdesk.connector.x;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * X as far as the connector uses it: {@code POST /2/tweets} creates a post with a new id, and
 * {@code GET /2/users/:id/tweets} lists the posts created, newest first, the way X shows them —
 * every link replaced by a t.co link, {@code &} escaped as {@code &amp;}, replies marked in
 * {@code referenced_tweets}; {@code DELETE /2/tweets/:id} deletes one, and answers 404 for an id it does not have.
 */
final class FakeXTweets implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-x-tweets";
    static final String CREATED_AT = "2011-12-30T07:00:05.000Z";

    private static final long FIRST_ID = 1_476_000_000_000_000_001L;

    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final List<ObjectNode> tweets = new ArrayList<>();

    synchronized void reset() {
        nextId.set(FIRST_ID);
        tweets.clear();
    }

    /** Whether a post with this id is on the account. */
    synchronized boolean has(String id) {
        return tweets.stream().anyMatch(tweet -> tweet.path("id").asString().equals(id));
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        if (serveEvent.getRequest().getMethod().getName().equals("DELETE")) {
            String url = serveEvent.getRequest().getUrl();
            String id = url.substring(url.lastIndexOf('/') + 1);
            if (!tweets.removeIf(tweet -> tweet.path("id").asString().equals(id))) {
                ObjectNode notFound = JsonMapper.shared().createObjectNode().put("title", "Not Found Error")
                        .put("detail", "Could not find tweet with id: [" + id + "].")
                        .put("type", "https://api.twitter.com/2/problems/resource-not-found").put("status", 404);
                return json(404, notFound);
            }
            ObjectNode deleted = JsonMapper.shared().createObjectNode();
            deleted.putObject("data").put("deleted", true);
            return json(200, deleted);
        }
        if (serveEvent.getRequest().getMethod().getName().equals("POST")) {
            JsonNode request = JsonMapper.shared().readTree(serveEvent.getRequest().getBodyAsString());
            String id = Long.toString(nextId.getAndIncrement());
            String text = request.path("text").asString();
            ObjectNode tweet = JsonMapper.shared().createObjectNode().put("id", id).put("text", asShown(text))
                    .put("created_at", CREATED_AT);
            String inReplyTo = request.path("reply").path("in_reply_to_tweet_id").asString("");
            if (!inReplyTo.isEmpty()) {
                tweet.putArray("referenced_tweets").addObject().put("type", "replied_to").put("id", inReplyTo);
            }
            tweets.add(tweet);
            ObjectNode created = JsonMapper.shared().createObjectNode();
            created.putObject("data").put("id", id).put("text", text);
            return json(201, created);
        }
        ObjectNode listing = JsonMapper.shared().createObjectNode();
        ArrayNode data = listing.putArray("data");
        for (int i = tweets.size() - 1; i >= 0; i--) {
            data.add(tweets.get(i));
        }
        listing.putObject("meta").put("result_count", tweets.size());
        if (tweets.isEmpty()) {
            listing.remove("data");
        }
        return json(200, listing);
    }

    /** What X shows of a text: links on t.co, {@code &} escaped. */
    static String asShown(String text) {
        StringBuilder shown = new StringBuilder();
        int from = 0;
        int link = 0;
        for (Extractor.Entity url : new Extractor().extractURLsWithIndices(text)) {
            shown.append(text, from, url.getStart()).append("https://t.co/Fake").append(++link);
            from = url.getEnd();
        }
        shown.append(text.substring(from));
        return shown.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static ResponseDefinition json(int status, ObjectNode body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
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
