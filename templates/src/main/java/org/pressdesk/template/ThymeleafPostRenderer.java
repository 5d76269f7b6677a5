package org.pressdesk.template;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.Violation;
import org.pressdesk.template.split.ThreadSplitter;
import org.pressdesk.template.split.Truncation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * Renders posts with the office's Thymeleaf templates (see {@link TemplateLibrary} for how one is chosen),
 * then fits the text to the channel: a thread, a truncation with a link, or a report, as the channel's
 * {@link ChannelProfile} says. Lengths and violations come from the connector itself.
 */
public final class ThymeleafPostRenderer implements PostRenderer {

    private static final Logger log = LoggerFactory.getLogger(ThymeleafPostRenderer.class);

    /** A text too long for the channel was cut, but there is no link to the full text. */
    public static final String MISSING_LINK = "missing-link";
    /** The template failed on this post; the content holds the plain title and body instead. */
    public static final String TEMPLATE_ERROR = "template-error";

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u3000]+(?=\\n|$)");
    /** ASCII indentation only: two ideographic spaces (　　) open a Chinese paragraph and stay. */
    private static final Pattern LEADING_SPACES = Pattern.compile("(?m)^[ \\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n(?:[ \\t]*\\n)+");

    private final TemplateLibrary library;
    private final ChannelProfiles profiles;
    private final ZoneId zone;
    private final Function<TemplateKey, ResolvedTemplate> templates;

    /**
     * @param library  where templates come from
     * @param profiles each channel's medium, length policy and hashtag style
     * @param zone     the office's time zone: a post's date is its scheduled day there
     */
    public ThymeleafPostRenderer(TemplateLibrary library, ChannelProfiles profiles, ZoneId zone) {
        this(library, profiles, zone, library::resolve);
    }

    private ThymeleafPostRenderer(TemplateLibrary library, ChannelProfiles profiles, ZoneId zone,
                                  Function<TemplateKey, ResolvedTemplate> templates) {
        this.library = Objects.requireNonNull(library, "library");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.templates = templates;
    }

    /**
     * A renderer that uses an unsaved source for one template, for previewing an edit. A draft of a
     * medium's default also renders the kinds that have no template of their own.
     *
     * @throws InvalidTemplateException when the draft does not parse or fails on the sample posts
     */
    public ThymeleafPostRenderer withDraftTemplate(TemplateKey key, String source) {
        library.check(key, source);
        ResolvedTemplate draft = new ResolvedTemplate(new TemplateRef(key, TemplateRef.Origin.DRAFT, 0), source);
        return new ThymeleafPostRenderer(library, profiles, zone, requested -> {
            if (requested.equals(key)) {
                return draft;
            }
            Optional<ResolvedTemplate> own = library.exactly(requested);
            if (own.isEmpty() && requested.fallback().equals(key)) {
                return draft;
            }
            return own.orElseGet(() -> library.resolve(requested));
        });
    }

    @Override
    public RenderedContent render(PostDraft post, Connector connector) {
        ChannelProfile profile = profiles.profileOf(connector);
        Capabilities capabilities = connector.capabilities();
        LengthPolicy policy = profile.policyFor(capabilities);
        ResolvedTemplate template = templates.apply(TemplateKey.of(profile.medium(), post.kind(), post.language()));
        TemplateVariables variables = TemplateVariables.of(post, TemplateChannel.of(connector, profile), zone);

        String text;
        try {
            text = process(template, variables);
        } catch (TemplateEngineException e) {
            return templateFailed(post, connector, policy, template, e);
        }

        List<String> parts = List.of(text);
        boolean truncated = false;
        if (capabilities.limitsLength() && connector.length(text) > capabilities.maxLength()) {
            switch (policy) {
                case THREAD -> parts = split(text, capabilities.maxLength(), connector);
                case TRUNCATE_WITH_LINK -> {
                    Optional<String> shortened = shorten(template, variables, capabilities.maxLength(), connector,
                            post.language().isChinese() ? "……" : "…");
                    if (shortened.isPresent()) {
                        parts = List.of(shortened.get());
                        truncated = true;
                    }
                }
                case REPORT -> { }
            }
        }

        ChannelContent content = new ChannelContent(post.kind(), post.language(), post.title(), parts, post.link(),
                post.scheduledAt(), post.sourceReference());
        List<Violation> violations = new ArrayList<>(connector.validate(content));
        if (truncated && post.link() == null) {
            violations.add(new Violation(MISSING_LINK, "the text is too long for this channel and had to be cut, "
                    + "but the post has no link to its full text; add the link or shorten the text", -1));
        }
        return new RenderedContent(connector.channelId(), content, parts.stream().map(connector::length).toList(),
                violations, policy, truncated, template.ref());
    }

    private String process(ResolvedTemplate template, TemplateVariables variables) {
        String output = library.engine().process(template.key(), template.source(), variables.asMap());
        String tidy = TRAILING_SPACES.matcher(output.replace("\r\n", "\n")).replaceAll("");
        if (template.key().medium().html()) {
            // Elements removed by th:if leave their indentation behind as empty lines.
            return EMPTY_LINES.matcher(tidy).replaceAll("\n").strip();
        }
        // A value left out (a hashtag on a channel without hashtags) must not leave a line starting with a space.
        tidy = LEADING_SPACES.matcher(tidy).replaceAll("");
        return BLANK_LINES.matcher(tidy).replaceAll("\n\n").strip();
    }

    private static List<String> split(String text, int maxLength, Connector connector) {
        try {
            return ThreadSplitter.split(text, maxLength, connector::length);
        } catch (IllegalArgumentException e) {
            // A limit too small for even one character and its numbering: leave it to the too-long violation.
            return List.of(text);
        }
    }

    /** Re-renders the whole post around ever shorter main texts until it fits; header, question and link stay. */
    private Optional<String> shorten(ResolvedTemplate template, TemplateVariables variables, int maxLength,
                                     Connector connector, String ellipsis) {
        return Truncation.shorten(variables.mainText(),
                        candidate -> connector.length(process(template, variables.withShortenedMainText(candidate)))
                                <= maxLength, ellipsis)
                .map(candidate -> process(template, variables.withShortenedMainText(candidate)));
    }

    private RenderedContent templateFailed(PostDraft post, Connector connector, LengthPolicy policy,
                                           ResolvedTemplate template, TemplateEngineException e) {
        InvalidTemplateException problem = library.engine().invalid(template.key(), template.source(), e);
        log.warn("The {} template failed on a post for channel {}: {}",
                template.ref().origin().name().toLowerCase(Locale.ROOT), connector.channelId(), problem.getMessage());
        String plain = post.title().isBlank() ? post.body() : post.title() + "\n\n" + post.body();
        ChannelContent content = new ChannelContent(post.kind(), post.language(), post.title(), List.of(plain),
                post.link(), post.scheduledAt(), post.sourceReference());
        List<Violation> violations = new ArrayList<>();
        violations.add(new Violation(TEMPLATE_ERROR, "template " + problem.getMessage(), -1));
        violations.addAll(connector.validate(content));
        return new RenderedContent(connector.channelId(), content, List.of(connector.length(plain)), violations,
                policy, false, template.ref());
    }
}
