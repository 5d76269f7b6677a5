package org.pressdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.support.Browser;
import org.pressdesk.support.HttpApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff pages as people use them: headless Chromium ({@link Browser}) against the application on a real port,
 * with the sample channels writing into a temporary folder and the dispatcher publishing every 200 ms. Everyone
 * signs in through the sign-in form; the first admin comes from {@code pressdesk.security.initial-admin}.
 * Screenshots of the main pages are left in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pressdesk.dispatch.enabled=true", "pressdesk.dispatch.poll-interval=200ms", "pressdesk.metrics.collect=false",
        "pressdesk.daily-run.cron=-", "pressdesk.daily-run.demo-inbox=false",
        "pressdesk.security.initial-admin.username=" + StaffPagesInABrowserTest.ADMIN,
        "pressdesk.security.initial-admin.password=" + StaffPagesInABrowserTest.PASSWORD})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StaffPagesInABrowserTest {

    static final String ADMIN = "admin-zhou";
    static final String PASSWORD = "a-long-password-1";
    /** Composes and submits; approving is not theirs. */
    static final String EDITOR = "editor-li";
    /** Approves others' posts. */
    static final String APPROVER = "approver-wang";
    /** Holds every role, so only the four-eyes rule stops them approving their own post. */
    static final String CHIEF = "chief-chen";

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final Path WORK = temporaryFolder();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;
    @Autowired
    StaffUsers users;

    @DynamicPropertySource
    static void realPortProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pressdesk-browser-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        registry.add("pressdesk.daily-run.inbox", () -> WORK.resolve("inbox").toString());
        // x-sample reports an over-long text instead of threading it, so the page's refusal can be seen
        registry.add("pressdesk.channels.x-sample.settings.length-policy", () -> "report");
        for (String channel : List.of("weibo-sample", "x-sample", "radio-sample")) {
            registry.add("pressdesk.channels." + channel + ".settings.folder",
                    () -> WORK.resolve("outbox/" + channel).toString());
        }
    }

    @BeforeEach
    void staff() {
        person(EDITOR, EnumSet.of(StaffRole.EDITOR));
        person(APPROVER, EnumSet.of(StaffRole.APPROVER));
        person(CHIEF, EnumSet.allOf(StaffRole.class));
    }

    // --- 1. compose, approve, publish --------------------------------------------------------------

    @Test
    void anEditorComposesAnApproverApprovesAndThePostPageShowsPublished() throws IOException {
        String title = "外交部發言人答記者問 " + UUID.randomUUID().toString().substring(0, 8);
        long id;
        try (Browser editor = Browser.start("zh-CN")) {
            signIn(editor, EDITOR);
            id = composeAndSubmit(editor, title, "now");
        }
        try (Browser approver = Browser.start("zh-CN")) {
            signIn(approver, APPROVER);
            open(approver, "/approvals");
            WebElement row = approver.driver().findElement(By.id("approval-" + id));
            assertThat(row.getText()).contains(title, EDITOR);
            approver.screenshot("approvals");
            approver.driver().findElement(By.id("approve-button-" + id)).click();
            waitFor(approver).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

            open(approver, "/posts/" + id);
            waitFor(approver).until(driver -> {
                driver.navigate().refresh();
                return stateOf(approver, "weibo-sample").equals("PUBLISHED")
                        && stateOf(approver, "x-sample").equals("PUBLISHED");
            });
            approver.screenshot("post-published");
        }
        for (String channel : List.of("weibo-sample", "x-sample")) {
            assertThat(filesContaining(WORK.resolve("outbox/" + channel), "我們已經注意到有關報道"))
                    .as("the outbox of %s", channel).isNotEmpty();
        }
    }

    // --- 2. four eyes ------------------------------------------------------------------------------

    @Test
    void anAuthorWhoMayApproveCannotApproveTheirOwnPostNorForgeTheForm() {
        try (Browser chief = Browser.start("en")) {
            signIn(chief, CHIEF);
            long id = composeAndSubmit(chief, "Own post " + UUID.randomUUID(), "now");

            assertThat(chief.driver().findElements(By.id("approve-button"))).isEmpty();
            assertThat(chief.driver().findElement(By.id("own-post-note")).isDisplayed()).isTrue();
            open(chief, "/approvals");
            assertThat(chief.driver().findElements(By.id("approve-button-" + id))).isEmpty();
            assertThat(chief.driver().findElement(By.id("approval-" + id)).getText()).isNotBlank();

            open(chief, "/posts/" + id);
            js(chief, """
                    var form = document.createElement('form');
                    form.method = 'post';
                    form.action = '/posts/' + arguments[0] + '/approve';
                    var token = document.createElement('input');
                    token.type = 'hidden';
                    token.name = '_csrf';
                    token.value = document.querySelector("meta[name='_csrf']").content;
                    form.appendChild(token);
                    document.body.appendChild(form);
                    form.submit();""", id);
            WebElement problem = waitFor(chief).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("post-problem")));
            assertThat(problem.getText()).isNotBlank().doesNotContain("??");
            assertThat(stateOf(chief, "weibo-sample")).isEqualTo("SUBMITTED");
            assertThat(stateOf(chief, "x-sample")).isEqualTo("SUBMITTED");
            chief.screenshot("post-own-approval-refused");
        }
    }

    /** `.actions` lays out a panel's buttons as flex; on a table cell that tore the cell out of its row. */
    @Test
    void theActionCellsOfTheApprovalsAndPostPagesStayCellsOfTheirRows() {
        long id = apiPost(CHIEF, "tomorrow 11:00");
        try (Browser approver = Browser.start("en")) {
            signIn(approver, APPROVER);
            open(approver, "/approvals");
            assertThat(cssOf(approver, "#approval-" + id + " td.actions", "display")).isEqualTo("table-cell");
            open(approver, "/posts/" + id);
            assertThat(cssOf(approver, "#target-weibo-sample td.actions", "display")).isEqualTo("table-cell");
        }
    }

    // --- 3. CSRF -----------------------------------------------------------------------------------

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        try (Browser editor = Browser.start("en")) {
            signIn(editor, EDITOR);
            open(editor, "/compose");
            String session = editor.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String token = editor.driver().findElement(By.cssSelector("meta[name='_csrf']")).getDomAttribute("content");
            String form = "kind=STATEMENT&language=zh-Hans&title=t&body=b&channels=weibo-sample&schedule=now&action=draft";

            assertThat(postWithSession("/compose", session, form).statusCode()).isEqualTo(403);
            assertThat(postWithSession("/compose", session, form + "&_csrf=" + token).statusCode())
                    .as("the same form with its token").isNotEqualTo(403);

            open(editor, "/compose");
            js(editor, "var form = document.getElementById('compose-form');"
                    + "form.querySelector(\"input[name='_csrf']\").remove();"
                    + "document.getElementById('title').value = 'no token';"
                    + "form.submit();");
            waitFor(editor).until(driver -> !driver.getCurrentUrl().contains("/compose")
                    || !driver.getPageSource().contains("compose-form"));
            editor.screenshot("csrf-refused");
            WebElement refusal = editor.driver().findElement(By.id("forbidden"));
            assertThat(refusal.getText()).as("in the page's language, not Boot's fallback").contains("403", "reload");
            assertThat(langOf(editor)).isEqualTo("en");
            assertThat(editor.driver().getCurrentUrl()).doesNotContain("/posts/");
        }
    }

    // --- 4. API tokens -----------------------------------------------------------------------------

    @Test
    void anApiCallNeedsATokenAndARevokedTokenNoLongerOpensIt() {
        assertThat(apiGet("/api/posts", null).statusCode()).isEqualTo(401);
        try (Browser admin = Browser.start("en")) {
            signIn(admin, ADMIN);
            open(admin, "/admin/users");
            admin.screenshot("users");
            open(admin, "/admin/users/" + EDITOR);
            admin.driver().findElement(By.id("token-name")).sendKeys("newsroom laptop");
            admin.driver().findElement(By.cssSelector("#token-name")).submit();
            String token = waitFor(admin).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".issued-token"))).getText().strip();
            assertThat(token).startsWith("pd_");

            assertThat(apiGet("/api/posts", token).statusCode()).isEqualTo(200);

            open(admin, "/admin/users/" + EDITOR);
            assertThat(admin.driver().getPageSource()).doesNotContain(token);
            admin.driver().findElement(By.xpath("//form[contains(@action,'/revoke')]/button")).click();
            waitFor(admin).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//form[contains(@action,'/revoke')]/button")));

            assertThat(apiGet("/api/posts", token).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aPersonTheAdminCreatesOnTheUsersPageChoosesTheirOwnPasswordAtFirstSignIn() {
        String username = "reporter-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = Browser.start("en")) {
            signIn(admin, ADMIN);
            open(admin, "/admin/users");
            admin.driver().findElement(By.id("username")).sendKeys(username);
            admin.driver().findElement(By.id("displayName")).sendKeys("記者 小劉");
            admin.driver().findElement(By.id("password")).sendKeys("first-password-1");
            admin.driver().findElement(By.cssSelector("input[name='roles'][value='EDITOR']")).click();
            admin.driver().findElement(By.id("password")).submit();
            waitFor(admin).until(ExpectedConditions.urlContains("/admin/users/" + username));
            assertThat(admin.driver().findElement(By.tagName("h1")).getText()).contains("記者 小劉", username);
        }
        try (Browser reporter = Browser.start("en")) {
            open(reporter, "/login");
            reporter.driver().findElement(By.id("username")).sendKeys(username);
            reporter.driver().findElement(By.id("password")).sendKeys("first-password-1");
            reporter.driver().findElement(By.cssSelector("form button[type='submit'].primary")).click();
            waitFor(reporter).until(ExpectedConditions.urlContains("/account/password"));
            open(reporter, "/queue");
            assertThat(reporter.driver().getCurrentUrl()).as("no page before a password of their own")
                    .contains("/account/password");

            reporter.driver().findElement(By.id("current")).sendKeys("first-password-1");
            reporter.driver().findElement(By.id("password")).sendKeys("my-own-password-2");
            reporter.driver().findElement(By.id("repeated")).sendKeys("my-own-password-2");
            WebElement repeated = reporter.driver().findElement(By.id("repeated"));
            repeated.submit();
            waitFor(reporter).until(ExpectedConditions.stalenessOf(repeated));
            assertThat(reporter.driver().findElements(By.cssSelector(".field-error"))).isEmpty();
            open(reporter, "/compose");
            assertThat(reporter.driver().getCurrentUrl()).endsWith("/compose");
        }
    }

    // --- 5. every page in every language -----------------------------------------------------------

    @Test
    void everyMainPageInEachLanguageHasNoUntranslatedKey() {
        long id = apiPost(CHIEF, "tomorrow 10:00");
        try (Browser chief = Browser.start("zh-CN")) {
            signIn(chief, CHIEF);
            open(chief, "/templates");
            String templateEditor = URI.create(chief.driver()
                    .findElement(By.cssSelector("main a[href*='/templates/']")).getDomAttribute("href")).getPath();
            List<String> pages = List.of("/queue", "/compose", "/calendar?view=week", "/calendar?view=month",
                    "/approvals", "/posts/" + id, "/runs", "/channels", "/channels/weibo-sample", "/templates",
                    templateEditor, "/reports", "/audit", "/admin/users", "/account/password");
            for (String language : List.of("zh-Hant", "en", "zh-Hans")) {
                open(chief, "/queue");
                chief.driver().findElement(By.cssSelector(".languages a[hreflang='" + language + "']")).click();
                waitFor(chief).until(driver -> language.equals(langOf(chief)));
                for (String page : pages) {
                    open(chief, page);
                    String text = chief.driver().findElement(By.tagName("body")).getText();
                    assertThat(langOf(chief)).as("lang of %s in %s", page, language).isEqualTo(language);
                    assertThat(text).as("%s in %s", page, language).doesNotContain("??").isNotBlank();
                    assertThat(chief.driver().getPageSource()).as("%s in %s", page, language)
                            .doesNotContain("Whitelabel Error Page");
                    assertThat(chief.consoleErrors()).as("console of %s in %s", page, language).isEmpty();
                }
            }
            for (String page : List.of("/queue", "/channels", "/audit", "/reports")) {
                open(chief, page);
                chief.screenshot(page.substring(1));
            }
        }
    }

    // --- 6. compose's preview, the calendar --------------------------------------------------------

    @Test
    void composeCountsAndPreviewsAsYouTypeForEachChosenChannel() {
        try (Browser editor = Browser.start("zh-CN")) {
            signIn(editor, EDITOR);
            open(editor, "/compose");
            fillAnswer(editor, "預覽 " + UUID.randomUUID());
            WebElement counter = editor.driver().findElement(By.id("counter-x-sample"));
            waitFor(editor).until(driver -> counter.getText().matches(".*\\d+ / 280.*"));
            WebElement preview = waitFor(editor).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("preview-x-sample")));
            assertThat(preview.getText()).contains("我們已經注意到有關報道");
            assertThat(editor.driver().findElement(By.id("preview-weibo-sample")).getText())
                    .contains("我們已經注意到有關報道");
            String before = counter.getText();

            editor.driver().findElement(By.id("answer")).sendKeys("中方一貫主張通過對話協商解決分歧。");
            waitFor(editor).until(driver -> !counter.getText().equals(before));
            js(editor, "document.getElementById('compose-preview').scrollIntoView({block: 'end'});");
            editor.screenshot("compose-preview");
            assertThat(editor.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aTextTooLongForXIsFlaggedAsTypedAndTheRefusedFormComesBackWithWhatWasTyped() {
        try (Browser editor = Browser.start("en")) {
            signIn(editor, EDITOR);
            open(editor, "/compose");
            String title = "Too long " + UUID.randomUUID().toString().substring(0, 8);
            fillAnswer(editor, title);
            editor.driver().findElement(By.id("answer")).sendKeys("中方歡迎各方早日恢復對話。".repeat(30));
            WebElement counter = editor.driver().findElement(By.id("counter-x-sample"));
            waitFor(editor).until(driver -> counter.getDomAttribute("class").contains("over"));
            assertThat(editor.driver().findElement(By.id("counter-weibo-sample")).getDomAttribute("class"))
                    .doesNotContain("over");

            editor.driver().findElement(By.id("submit-button")).click();
            waitFor(editor).until(ExpectedConditions.stalenessOf(counter));
            assertThat(editor.driver().getCurrentUrl()).endsWith("/compose");
            assertThat(editor.driver().findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
            assertThat(editor.driver().findElement(By.id("channel-x-sample")).getText()).isNotBlank();
            assertThat(editor.driver().findElements(By.cssSelector("#channel-x-sample .field-error"))).isNotEmpty();
            assertThat(editor.driver().findElement(By.id("question")).isDisplayed()).as("the kind's fields shown").isTrue();
            WebElement again = editor.driver().findElement(By.id("counter-x-sample"));
            waitFor(editor).until(driver -> again.getDomAttribute("class").contains("over"));
            editor.screenshot("compose-refused");
            assertThat(editor.consoleErrors()).as("nothing but the refused form's own 422")
                    .allMatch(error -> error.contains("/compose - Failed to load resource") && error.contains("422"));
        }
    }

    @Test
    void theCalendarShowsWeekAndMonthAndMovesADraggedPostToAnotherDay() {
        LocalDate tomorrow = LocalDate.now(OFFICE).plusDays(1);
        long id = apiPost(CHIEF, tomorrow + "T10:30");
        HttpApi api = new HttpApi(port, application);
        assertThat(api.post("/api/posts/" + id + "/approve", Map.of("actor", APPROVER)).statusCode()).isEqualTo(200);

        try (Browser editor = Browser.start("zh-CN")) {
            signIn(editor, EDITOR);
            open(editor, "/calendar?view=month&date=" + tomorrow);
            assertThat(editor.driver().findElements(By.cssSelector("table.calendar.month td.day")).size())
                    .isGreaterThanOrEqualTo(28);
            WebElement entry = editor.driver().findElement(By.cssSelector(".entry[data-post-id='" + id + "']"));
            editor.screenshot("calendar-month");

            open(editor, "/calendar?view=week&date=" + tomorrow);
            assertThat(editor.driver().findElements(By.cssSelector("table.calendar.week td.day"))).hasSize(7);
            entry = editor.driver().findElement(By.cssSelector(".entry.movable[data-post-id='" + id + "']"));
            LocalDate later = tomorrow.plusDays(1);
            if (editor.driver().findElements(By.cssSelector("td.day[data-date='" + later + "']")).isEmpty()) {
                later = tomorrow.minusDays(1);   // tomorrow is the week's last day: move it back a day
            }
            editor.screenshot("calendar-week");
            WebElement day = editor.driver().findElement(By.cssSelector("td.day[data-date='" + later + "']"));
            js(editor, """
                    var entry = arguments[0], day = arguments[1], data = new DataTransfer();
                    entry.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                    day.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                    day.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                    entry.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));""", entry, day);

            WebElement message = waitFor(editor).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("calendar-message")));
            assertThat(message.getDomAttribute("class")).isEqualTo("notice");
            String movedTo = later.toString();
            waitFor(editor).until(driver -> !driver.findElements(By.cssSelector(
                    "td.day[data-date='" + movedTo + "'] .entry[data-post-id='" + id + "']")).isEmpty());
            assertThat(editor.consoleErrors()).isEmpty();
            JsonNode post = JSON.readTree(api.get("/api/posts/" + id).body());
            for (JsonNode target : post.get("targets")) {
                if (target.get("channel").asString().equals("weibo-sample")) {
                    assertThat(target.get("scheduledAt").asString()).startsWith(movedTo + "T10:30");
                }
            }
        }
    }

    @Test
    void theSignInPageSignsInAndRefusesAWrongPassword() {
        try (Browser nobody = Browser.start("zh-CN")) {
            open(nobody, "/queue");
            waitFor(nobody).until(ExpectedConditions.urlContains("/login"));
            nobody.screenshot("login");
            nobody.driver().findElement(By.id("username")).sendKeys(EDITOR);
            nobody.driver().findElement(By.id("password")).sendKeys("not-the-password");
            nobody.driver().findElement(By.cssSelector("form button[type='submit'].primary")).click();
            waitFor(nobody).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert")));
            assertThat(nobody.driver().getCurrentUrl()).contains("/login");

            signIn(nobody, EDITOR);
            open(nobody, "/queue");
            assertThat(nobody.driver().getCurrentUrl()).endsWith("/queue");
            nobody.screenshot("queue");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private void person(String username, EnumSet<StaffRole> roles) {
        if (users.find(username).isEmpty()) {
            users.create(username, username, PASSWORD, roles, false);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(Browser browser, String path) {
        browser.driver().get(url(path));
    }

    /** Through the sign-in form, as a person does. */
    private void signIn(Browser browser, String username) {
        open(browser, "/login");
        ChromeDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type='submit'].primary")).click();
        waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static WebDriverWait waitFor(Browser browser) {
        return new WebDriverWait(browser.driver(), PATIENCE, Duration.ofMillis(250));
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private static String cssOf(Browser browser, String selector, String property) {
        return browser.driver().findElement(By.cssSelector(selector)).getCssValue(property);
    }

    private static String langOf(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** A target's state on the post page, as its class names it (the text is in the page's language). */
    private static String stateOf(Browser browser, String channel) {
        return browser.driver().findElement(By.cssSelector("#target-" + channel + " .state"))
                .getDomAttribute("class").replace("state", "").strip();
    }

    /** A spokesperson's answer for weibo-sample and x-sample, typed into the compose page. */
    private static void fillAnswer(Browser browser, String title) {
        ChromeDriver driver = browser.driver();
        new Select(driver.findElement(By.id("kind"))).selectByValue("SPOKESPERSON_ANSWER");
        new Select(driver.findElement(By.id("language"))).selectByValue("zh-Hant");
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("body")).sendKeys("問：請介紹有關情況。答：我們已經注意到有關報道。");
        driver.findElement(By.id("question")).sendKeys("請介紹有關情況。");
        driver.findElement(By.id("answer")).sendKeys("我們已經注意到有關報道。");
        driver.findElement(By.id("spokesperson")).sendKeys("洪磊");
        for (String channel : List.of("weibo-sample", "x-sample")) {
            WebElement box = driver.findElement(By.cssSelector("#channel-" + channel + " input[type='checkbox']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    /** Composes, waits for the preview, submits for approval; the post's id from the page it lands on. */
    private long composeAndSubmit(Browser browser, String title, String schedule) {
        open(browser, "/compose");
        fillAnswer(browser, title);
        browser.driver().findElement(By.cssSelector("input[name='schedule'][value='" + schedule + "']")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-x-sample")));
        browser.driver().findElement(By.id("submit-button")).click();
        waitFor(browser).until(ExpectedConditions.urlMatches("/posts/\\d+$"));
        Matcher id = Pattern.compile("/posts/(\\d+)$").matcher(browser.driver().getCurrentUrl());
        assertThat(id.find()).isTrue();
        assertThat(stateOf(browser, "weibo-sample")).isEqualTo("SUBMITTED");
        return Long.parseLong(id.group(1));
    }

    /** A submitted spokesperson's answer by {@code author}, through the API; {@code scheduledAt} as the API takes it. */
    private long apiPost(String author, String scheduledAt) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("kind", "SPOKESPERSON_ANSWER");
        post.put("title", "外交部發言人答記者問 " + UUID.randomUUID().toString().substring(0, 8));
        post.put("body", "問：請介紹有關情況。答：我們已經注意到有關報道。");
        post.put("fields", Map.of("question", "請介紹有關情況。", "answer", "我們已經注意到有關報道。", "spokesperson", "洪磊"));
        post.put("language", "zh-Hant");
        post.put("author", author);
        post.put("scheduledAt", scheduledAt.startsWith("tomorrow")
                ? LocalDate.now(OFFICE).plusDays(1) + "T" + scheduledAt.substring("tomorrow ".length()) : scheduledAt);
        post.put("targets", new ArrayList<>(List.of(Map.of("channel", "weibo-sample"), Map.of("channel", "x-sample"))));
        HttpApi api = new HttpApi(port, application);
        HttpResponse<String> created = api.post("/api/posts", post);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(api.post("/api/posts/" + id + "/submit", Map.of("actor", author)).statusCode()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> apiGet(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET()
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> postWithSession(String path, String session, String form) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesContaining(Path folder, String text) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.readString(file).contains(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("pressdesk-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
