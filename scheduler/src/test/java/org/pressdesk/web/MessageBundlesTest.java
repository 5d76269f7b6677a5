package org.pressdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word of the staff pages exists in all three languages. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"web/messages_zh_Hans.properties", "web/messages_zh_Hant.properties"})
    void eachChineseBundleCarriesExactlyTheEnglishKeys(String bundle) throws IOException {
        Properties english = load("web/messages.properties");
        Properties translated = load(bundle);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.stringPropertyNames()).allSatisfy(key ->
                assertThat(translated.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
