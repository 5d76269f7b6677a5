package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates module will depend on the connector SPI artifact alone: its main code may use the SPI's top-level
 * classes ({@code org.pressdesk.connector.*}) and the content vocabulary, never a connector implementation.
 * What a channel wants from templates (medium, hashtag style) comes from the connector itself.
 */
class TemplatesDependOnTheConnectorSpiOnlyTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    /** Every mention, imported or written out in full. */
    private static final Pattern PRESSDESK_NAME = Pattern.compile("\\b(org\\.pressdesk(?:\\.\\w+)+)");
    private static final Pattern ALLOWED = Pattern.compile(
            "org\\.pressdesk\\.(?:template(?:\\.[\\w.]+)?|content\\.[A-Z]\\w*(?:\\.\\w+)*|connector\\.[A-Z]\\w*(?:\\.\\w+)*)");

    @Test
    void mainCodeNamesOnlyTheConnectorSpiAndTheContentVocabulary() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher imports = PRESSDESK_NAME.matcher(Files.readString(file));
                while (imports.find()) {
                    if (!ALLOWED.matcher(imports.group(1)).matches()) {
                        offending.add(MAIN.relativize(file) + ": " + imports.group(1));
                    }
                }
            }
        }

        assertThat(offending).isEmpty();
    }
}
