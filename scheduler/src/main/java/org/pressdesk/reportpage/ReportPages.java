package org.pressdesk.reportpage;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the report pages ({@code classpath:reports/*.html}) with Thymeleaf, every word from the
 * message bundles {@code reports/messages*.properties} (en, zh-Hans, zh-Hant), so one template serves
 * each language. The same HTML is shown in the browser and turned into PDF.
 */
@Component
public class ReportPages {

    private final TemplateEngine engine = new TemplateEngine();

    ReportPages() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(ReportPages.class.getClassLoader());
        templates.setPrefix("reports/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new BundleMessages(messages()));
    }

    /** The page named {@code template} in the language, with the variables. */
    public String render(String template, ReportLanguage language, Map<String, Object> variables) {
        Context context = new Context(language.locale(), variables);
        context.setVariable("lang", language.tag());
        return engine.process(template, context);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("reports/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        // Every message is a MessageFormat, so quotes are written the same with and without arguments.
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /** Thymeleaf's {@code #{…}} from the message bundles; a missing key shows as {@code ??key??}. */
    private static final class BundleMessages extends AbstractMessageResolver {

        private final ResourceBundleMessageSource messages;

        BundleMessages(ResourceBundleMessageSource messages) {
            this.messages = messages;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            return messages.getMessage(key, arguments, null, context.getLocale());
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] arguments) {
            return "??" + key + "_" + context.getLocale().toLanguageTag() + "??";
        }
    }
}
