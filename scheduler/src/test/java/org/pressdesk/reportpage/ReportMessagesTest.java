package org.pressdesk.reportpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every word of the report pages comes from the message bundles, and each bundle says all of it. */
class ReportMessagesTest {

    private static final List<String> BUNDLES = List.of("messages.properties", "messages_zh_Hans.properties",
            "messages_zh_Hant.properties");
    private static final List<String> TEMPLATES = List.of("disclosure.html", "channels.html", "report-style.html");

    @Test
    void theThreeLanguagesHaveTheSameMessages() throws IOException {
        Set<String> english = keys("messages.properties");
        for (String bundle : BUNDLES) {
            assertThat(keys(bundle)).as(bundle).isEqualTo(english);
        }
    }

    @Test
    void everyMessageATemplateAsksForExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Pattern message = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[(}]");
        for (String template : TEMPLATES) {
            Matcher found = message.matcher(read(template));
            while (found.find()) {
                assertThat(known).as("%s in %s", found.group(1), template).contains(found.group(1));
            }
        }
    }

    @Test
    void templatesHoldNoTextOfTheirOwn() throws IOException {
        // Text between tags that no th:text replaces would be shown in every language alike.
        Pattern literal = Pattern.compile(
                "<(?<tag>[a-z0-9]+)(?<attributes>(?:[^>\"]|\"[^\"]*\")*)>(?<text>[^<]*\\p{L}[^<]*)</\\k<tag>>");
        for (String template : TEMPLATES) {
            Matcher found = literal.matcher(read(template));
            while (found.find()) {
                String attributes = found.group("attributes");
                if (found.group("tag").equals("style")) {
                    continue;
                }
                assertThat(attributes).as("<%s>%s</%s> in %s", found.group("tag"), found.group("text"),
                        found.group("tag"), template).containsAnyOf("th:text", "th:utext");
            }
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/reports/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String read(String template) throws IOException {
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/reports/" + template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
