package org.pressdesk.system;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.pressdesk.connector.PublishException;
import org.pressdesk.post.ErrorDetail;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.Receipt;
import org.pressdesk.post.TargetLifecycle;
import org.pressdesk.post.TargetState;
import org.pressdesk.testing.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurer;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application behind MockMvc, for API tests: its own in-memory H2 database, the sample
 * channels writing to a temporary folder, one extra channel with a credential, no dispatcher, a
 * clock the tests set, and one page outside the API ({@link PageOutsideTheApi}). Every API test class
 * extends this one and adds no configuration of its own, so they all share one cached Spring context;
 * each test starts from empty tables and the clock at {@link #T0}.
 *
 * <p>Every request through {@link #mvc} is signed in ({@link SignedInRequests}): as the person the JSON body
 * names in {@code actor} or {@code author} (or the {@code actor} query parameter), else as {@link #TESTER}, holding
 * every role, with the CSRF token. So a test that says {@code by("陳主任")} acts as 陳主任, and the four-eyes rule
 * is met or broken by who is signed in, as in the application. {@link #asStaff} signs a request in as someone
 * else with only the given roles; a request with the header {@link #SIGNED_OUT} (see {@link #signedOut}) or an
 * {@code Authorization} header of its own is left as it is.
 */
// A short pool timeout: a leaked connection fails the next tests in seconds, not half a minute each.
@SpringBootTest(properties = {"pressdesk.dispatch.enabled=false", "pressdesk.metrics.collect=false",
        "spring.datasource.hikari.connection-timeout=5000"})
@AutoConfigureMockMvc
@ActiveProfiles("samples")
@Import({ApiTestSupport.TestClockConfiguration.class, ApiTestSupport.SignedInRequests.class, PageOutsideTheApi.class,
        org.pressdesk.web.LayoutProbe.class})
public abstract class ApiTestSupport {

    /** Monday 2 March 2026, 10:00 at the office (Asia/Shanghai). */
    protected static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    /** The date part of times the office's staff type on {@link #T0}'s day. */
    protected static final String TODAY = "2026-03-02";

    /** Who a request is signed in as when its body names nobody. */
    protected static final String TESTER = "api-tester";
    /** A request with this header is sent without the default signed-in person (nor a CSRF token). */
    protected static final String SIGNED_OUT = "X-Test-Signed-Out";
    private static final String[] EVERY_ROLE = {"EDITOR", "APPROVER", "ADMIN"};
    private static final JsonMapper BODY_READER = JsonMapper.builder().build();

    /** A channel whose credential must never leave the server. */
    protected static final String SECRET_CHANNEL = "wire-sample";
    protected static final String SECRET = "tok-" + UUID.randomUUID();

    /**
     * Not a JUnit {@code @TempDir}: the cached context outlives each test class, and its channels
     * must keep pointing at a folder that exists. Nothing writes to it while the dispatcher is off.
     */
    private static final Path OUTBOX = temporaryFolder();
    private static final String DATABASE = "pressdesk-api-" + UUID.randomUUID();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected SettableClock clock;
    @Autowired
    protected PostRepository posts;
    @Autowired
    protected TargetLifecycle lifecycle;

    @DynamicPropertySource
    static void apiTestProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1");
        for (String channel : List.of("weibo-sample", "x-sample", "radio-sample", SECRET_CHANNEL)) {
            registry.add("pressdesk.channels." + channel + ".settings.folder", () -> OUTBOX.resolve(channel).toString());
        }
        // The microblog samples report an over-long text instead of threading it, so the API's refusal of a body
        // over a channel's limit can be seen; threading and truncation are the templates module's to test.
        registry.add("pressdesk.channels.weibo-sample.settings.length-policy", () -> "report");
        registry.add("pressdesk.channels.x-sample.settings.length-policy", () -> "report");
        registry.add("pressdesk.channels." + SECRET_CHANNEL + ".type", () -> "outbox");
        registry.add("pressdesk.channels." + SECRET_CHANNEL + ".display-name", () -> "Wire service (sample)");
        registry.add("pressdesk.channels." + SECRET_CHANNEL + ".credentials.api-token", () -> SECRET);
    }

    @BeforeEach
    void startFromAnEmptyDatabaseAtT0() {
        clock.set(T0);
        for (String table : List.of("target_transition", "publish_queue", "approved_part", "published_part", "publish_target",
                "post", "template_revision", "publishing_pause", "control_event", "publication_record", "follower_snapshot",
                "follower_read_failure", "listener_figure", "engagement_reading", "engagement_latest", "admin_action",
                "api_token", "staff_role", "staff_user")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    // --- requests ---------------------------------------------------------------------------------

    /** A post that every channel accepts: a spokesperson's answer for weibo-sample and x-sample at 15:00 today. */
    protected static Map<String, Object> aPost() {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("kind", "SPOKESPERSON_ANSWER");
        post.put("title", "外交部發言人答記者問");
        post.put("body", "問：請介紹有關情況。答：我們已經注意到有關報道。");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("question", "請介紹有關情況。");
        fields.put("answer", "我們已經注意到有關報道。");
        fields.put("spokesperson", "洪磊");
        post.put("fields", fields);
        post.put("language", "zh-Hant");
        post.put("author", "王小明");
        post.put("link", "https://www.example.gov/fyrbt/202603/t20260302.html");
        post.put("scheduledAt", TODAY + "T15:00");
        post.put("targets", new ArrayList<>(List.of(target("weibo-sample"), target("x-sample"))));
        return post;
    }

    protected static Map<String, Object> target(String channel) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("channel", channel);
        return target;
    }

    protected static Map<String, Object> target(String channel, String scheduledAt) {
        Map<String, Object> target = target(channel);
        target.put("scheduledAt", scheduledAt);
        return target;
    }

    /** {@code {"actor": actor}}, the body of submit, approve, return and cancel. */
    protected static Map<String, Object> by(String actor) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("actor", actor);
        return action;
    }

    /**
     * A staff page request made by {@code username} holding {@code roles} (EDITOR, APPROVER, ADMIN).
     * Page tests send every request through this, so how a signed-in person is represented is decided here once.
     */
    protected static RequestPostProcessor asStaff(String username, String... roles) {
        return request -> csrf().postProcessRequest(user(username).roles(roles).postProcessRequest(request));
    }

    /** The request as nobody signed in would send it: no session, no token, no CSRF token. */
    protected static MockHttpServletRequestBuilder signedOut(MockHttpServletRequestBuilder request) {
        return request.header(SIGNED_OUT, "true");
    }

    /**
     * Signs every MockMvc request in (see the class comment): applied before a request's own post-processors, so
     * {@link #asStaff} and spring-security-test's own ({@code anonymous()}, {@code user(…)}) still decide.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignedInRequests {

        @Bean
        MockMvcBuilderCustomizer signedInByDefault() {
            return builder -> builder.apply(new MockMvcConfigurer() {
                @Override
                public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> mockMvc,
                                                                 WebApplicationContext context) {
                    return ApiTestSupport::signedInAsTheActor;
                }
            });
        }
    }

    private static MockHttpServletRequest signedInAsTheActor(MockHttpServletRequest request) {
        if (request.getHeader(SIGNED_OUT) != null || request.getHeader("Authorization") != null) {
            return request;
        }
        String actor = namedActor(request);
        return csrf().postProcessRequest(user(actor == null || actor.isEmpty() ? TESTER : actor).roles(EVERY_ROLE)
                .postProcessRequest(request));
    }

    /** The {@code actor} or {@code author} a request names, if any. */
    static String namedActor(MockHttpServletRequest request) {
        if (request.getParameter("actor") != null) {
            return request.getParameter("actor");
        }
        byte[] body = request.getContentAsByteArray();
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            var json = BODY_READER.readTree(body);
            for (String field : List.of("actor", "author")) {
                if (json.isObject() && json.get(field) != null && json.get(field).isString()) {
                    return json.get(field).asString();
                }
            }
        } catch (RuntimeException notJson) {
            // a test of a broken body: signed in as the tester
        }
        return null;
    }

    protected ResultActions postJson(String uri, Object body) throws Exception {
        return mvc.perform(post(uri).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    protected ResultActions create(Map<String, Object> post) throws Exception {
        return postJson("/api/posts", post);
    }

    /** Creates a post and returns its id. */
    protected long created(Map<String, Object> post) throws Exception {
        MvcResult result = create(post).andExpect(status().isCreated()).andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    protected ResultActions act(long postId, String action, String actor) throws Exception {
        return postJson("/api/posts/" + postId + "/" + action, by(actor));
    }

    /** Creates the standard post, submitted by its author and approved by a colleague: both targets SCHEDULED. */
    protected long scheduledPost() throws Exception {
        return scheduled(aPost());
    }

    protected long scheduled(Map<String, Object> post) throws Exception {
        long id = created(post);
        act(id, "submit", "王小明").andExpect(status().isOk());
        act(id, "approve", "陳主任").andExpect(status().isOk());
        return id;
    }

    protected ResultActions getPost(long postId) throws Exception {
        return mvc.perform(get("/api/posts/{id}", postId));
    }

    // --- the database and the lifecycle -----------------------------------------------------------

    protected PublishTarget target(long postId, String channel) {
        return posts.findById(postId).orElseThrow().targets().stream()
                .filter(target -> target.channelId().equals(channel)).findFirst().orElseThrow();
    }

    protected long targetId(long postId, String channel) {
        return target(postId, channel).id();
    }

    /**
     * Moves a target along the given states as the dispatcher would, through the lifecycle, filling
     * in a receipt for PUBLISHED and an error for FAILED and OUTCOME_UNKNOWN.
     */
    protected PublishTarget moveTarget(long postId, String channel, TargetState... path) {
        PublishTarget current = target(postId, channel);
        for (TargetState state : path) {
            PublishTarget changed = current.withState(state);
            changed = switch (state) {
                case PUBLISHING -> changed.withAttempts(current.attempts() + 1);
                case PUBLISHED -> changed.withReceipt(new Receipt("remote-" + current.id(),
                        "https://example.com/" + current.id(), clock.instant()));
                case FAILED -> changed.withLastError(new ErrorDetail(PublishException.Category.PERMANENT,
                        "refused by the channel"));
                case OUTCOME_UNKNOWN -> changed.withLastError(new ErrorDetail(
                        PublishException.Category.OUTCOME_UNKNOWN, "no answer within 30s"));
                default -> changed;
            };
            current = lifecycle.move(current, changed, "dispatcher@test", "test");
        }
        return current;
    }

    /**
     * Everything the API can store, as one comparable text: each post with its targets' states,
     * times and versions, the audit length and the queue. A refused request must leave it unchanged.
     */
    protected String storedState() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("SELECT id, kind, title, author FROM post ORDER BY id")
                .query((row, n) -> "post " + row.getLong("id") + " " + row.getString("kind") + " "
                        + row.getString("title") + " " + row.getString("author"))
                .list());
        rows.addAll(jdbc.sql("""
                        SELECT id, post_id, channel_id, state, scheduled_at, next_attempt_at, version
                          FROM publish_target ORDER BY id""")
                .query((row, n) -> "target " + row.getLong("id") + " of " + row.getLong("post_id") + " "
                        + row.getString("channel_id") + " " + row.getString("state") + " "
                        + SqlTime.read(row, "scheduled_at") + " " + SqlTime.read(row, "next_attempt_at")
                        + " v" + row.getInt("version"))
                .list());
        rows.addAll(jdbc.sql("SELECT target_id, due_at FROM publish_queue ORDER BY target_id")
                .query((row, n) -> "queued " + row.getLong("target_id") + " " + SqlTime.read(row, "due_at"))
                .list());
        rows.add("transitions " + count("target_transition"));
        return String.join("\n", rows);
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    // --- answers ----------------------------------------------------------------------------------

    /**
     * Asserts an RFC 9457 answer with the given status and exactly the given {@code errors[].field}s
     * (none given: no errors list).
     */
    protected static ResultActions expectProblem(ResultActions result, HttpStatus status, String... fields)
            throws Exception {
        result.andExpect(status().is(status.value()))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status.value()))
                .andExpect(jsonPath("$.title").isNotEmpty());
        if (fields.length == 0) {
            result.andExpect(jsonPath("$.errors").doesNotExist());
        } else {
            result.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder((Object[]) fields)))
                    .andExpect(jsonPath("$.errors[*].message", org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))));
        }
        return result;
    }

    /** An office-zone time as the API shows it, e.g. {@code 2026-03-02T15:00:00+08:00}. */
    protected static String shown(String localDateTime) {
        return localDateTime + (localDateTime.length() == 16 ? ":00" : "") + "+08:00";
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("pressdesk-api-outbox-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static final class TestClockConfiguration {

        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(T0);
        }
    }
}
