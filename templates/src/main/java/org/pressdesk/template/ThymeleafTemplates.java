package org.pressdesk.template;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.Medium;
import org.pressdesk.template.store.DefaultTemplates;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ClassLoaderTemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The Thymeleaf engine behind the renderer: processes a template's source and checks new sources.
 *
 * <p>Sources come from overrides that change while the application runs, so the engine is not given
 * template names to resolve: each call passes the source along, and the parsed template is cached by
 * name and source together. An edited template is a new cache entry; an old one ages out.
 */
final class ThymeleafTemplates {

    private static final String SOURCE_ATTRIBUTE = "source";
    /** The name templates include shared fragments by: {@code ~{layout :: print-head}}. */
    static final String LAYOUT = "layout";
    private static final String LAYOUT_RESOURCE = DefaultTemplates.ROOT + LAYOUT + ".html";
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line (\\d+), col (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE_SUFFIX = Pattern.compile("(?s)\\s*\\(template: \".*$");
    private static final Pattern POSITION_PREFIX = Pattern.compile("^\\(Line = \\d+, Column = \\d+\\)\\s*");
    private static final Pattern TEXT_ELEMENT = Pattern.compile("\\[#[^\\]]*?(/?)\\]|\\[/[^\\]]*\\]");
    private static final String GENERIC_PARSE_MESSAGE = "An error happened during template parsing";

    private final TemplateEngine engine = new TemplateEngine();

    ThymeleafTemplates() {
        engine.setTemplateResolver(new SourceResolver());
    }

    /**
     * Processes a template.
     *
     * <p>Through the engine's template manager rather than {@code TemplateEngine.process}, which logs every
     * failure at ERROR with its stack trace (and the template's source) before rethrowing it: a template an
     * editor got wrong is their problem, answered with its line and reason, not the server's.
     *
     * @throws TemplateEngineException when the source does not parse or an expression fails
     */
    String process(TemplateKey key, String source, Map<String, Object> variables) {
        Context context = new Context(key.language().locale(), variables);
        TemplateSpec spec = new TemplateSpec(key.id(), Set.of(), modeOf(key.medium()), Map.of(SOURCE_ATTRIBUTE, source));
        StringWriter output = new StringWriter();
        try {
            engine.getConfiguration().getTemplateManager().parseAndProcess(spec, context, output);
        } catch (TemplateEngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateProcessingException("Exception processing template", key.id(), e);
        }
        return output.toString();
    }

    /**
     * Refuses a source that does not parse, leaves an inlined expression open, prints unescaped output where
     * the medium is HTML, or fails on the sample posts of its key.
     *
     * @throws InvalidTemplateException with the line, column and reason of the first problem
     */
    void check(TemplateKey key, String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidTemplateException(key, 0, 0, "the template is empty");
        }
        TemplateSourceRules.unclosedInlineExpression(key, source).ifPresent(problem -> {
            throw problem;
        });
        TemplateSourceRules.unescapedOutput(key, source).ifPresent(problem -> {
            throw problem;
        });
        for (HashtagStyle hashtags : HashtagStyle.values()) {
            TemplateChannel channel = new TemplateChannel("template-check", key.medium(), 140, true, hashtags);
            for (PostDraft sample : SamplePosts.forKey(key)) {
                Map<String, Object> variables = TemplateVariables.of(sample, channel, ZoneOffset.UTC).asMap();
                try {
                    process(key, source, variables);
                } catch (TemplateEngineException e) {
                    throw invalid(key, source, e);
                }
            }
        }
    }

    /** Turns the engine's exception into the line, column and reason staff can act on. */
    InvalidTemplateException invalid(TemplateKey key, String source, TemplateEngineException exception) {
        int line = 0;
        int column = 0;
        Set<String> reasons = new LinkedHashSet<>();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            int[] position = positionOf(cause);
            if (position[0] > 0) {
                line = position[0];
                column = position[1];
            }
            String message = clean(cause.getMessage());
            if (!message.isEmpty() && !message.startsWith(GENERIC_PARSE_MESSAGE)) {
                reasons.add(message);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String reason = reasons.isEmpty() ? "the template cannot be processed" : String.join(": ", reasons);
        if (line == 0 && !modeOf(key.medium()).equals(TemplateMode.HTML)) {
            // The text parser reports an element left open only at the end of the document; point at its opening.
            int[] open = unclosedElement(source);
            if (open[0] > 0) {
                line = open[0];
                column = open[1];
                Matcher element = TEXT_ELEMENT.matcher(source);
                reason = element.find(open[2]) ? element.group() + " is never closed with [/]" : reason;
            }
        }
        return new InvalidTemplateException(key, line, column, reason);
    }

    private static int[] positionOf(Throwable cause) {
        Integer line = null;
        Integer column = null;
        if (cause instanceof org.thymeleaf.exceptions.TemplateProcessingException engineException) {
            line = engineException.getLine();
            column = engineException.getCol();
        } else if (cause instanceof org.thymeleaf.templateparser.text.TextParseException textException) {
            line = textException.getLine();
            column = textException.getCol();
        } else if (cause instanceof org.attoparser.ParseException markupException) {
            line = markupException.getLine();
            column = markupException.getCol();
        }
        if ((line == null || line <= 0) && cause.getMessage() != null) {
            Matcher matcher = LINE_AND_COLUMN.matcher(cause.getMessage());
            int[] last = null;
            while (matcher.find()) {
                last = new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
            }
            if (last != null) {
                return last;
            }
        }
        return new int[] {line == null ? 0 : line, column == null ? 0 : column};
    }

    private static String clean(String message) {
        if (message == null) {
            return "";
        }
        String withoutTemplate = TEMPLATE_SUFFIX.matcher(message).replaceFirst("");
        // Parser messages go on with "Was expecting one of: …" lists; the first line says what is wrong.
        String firstLine = withoutTemplate.strip().lines().findFirst().orElse("");
        return POSITION_PREFIX.matcher(firstLine).replaceFirst("").strip();
    }

    /** The line, column and offset of the first {@code [# …]} element that no {@code [/]} closes; zeros when none. */
    static int[] unclosedElement(String source) {
        Deque<Integer> open = new ArrayDeque<>();
        Matcher element = TEXT_ELEMENT.matcher(source);
        while (element.find()) {
            if (element.group().startsWith("[/")) {
                open.poll();
            } else if (element.group(1).isEmpty()) {
                open.push(element.start());
            }
        }
        if (open.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        List<Integer> unclosed = new ArrayList<>(open);
        int offset = unclosed.getLast();
        int[] position = TemplateSourceRules.position(source, offset);
        return new int[] {position[0], position[1], offset};
    }

    static TemplateMode modeOf(Medium medium) {
        return medium.html() ? TemplateMode.HTML : TemplateMode.TEXT;
    }

    /**
     * Resolves the template being processed from the source passed with the call (see the class comment), and
     * {@value #LAYOUT}, the fragments print and web templates share, from the classpath. No other template can
     * be included, so an override reaches nothing but its own source and the layout.
     */
    private static final class SourceResolver implements ITemplateResolver {

        @Override
        public String getName() {
            return "pressdesk-template-source";
        }

        @Override
        public Integer getOrder() {
            return 1;
        }

        @Override
        public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate,
                                                  String template, Map<String, Object> attributes) {
            if (ownerTemplate != null) {
                // An inclusion (th:replace, th:insert) from the template being processed.
                return template.equals(LAYOUT)
                        ? new TemplateResolution(new ClassLoaderTemplateResource(
                                ThymeleafTemplates.class.getClassLoader(), LAYOUT_RESOURCE, "UTF-8"),
                                TemplateMode.HTML, AlwaysValidCacheEntryValidity.INSTANCE)
                        : null;
            }
            Object source = attributes == null ? null : attributes.get(SOURCE_ATTRIBUTE);
            if (!(source instanceof String text)) {
                return null;
            }
            return new TemplateResolution(new StringTemplateResource(text), true, TemplateMode.TEXT, false,
                    AlwaysValidCacheEntryValidity.INSTANCE);
        }
    }
}
