package org.pressdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Compares output with a file under the module's {@code src/test/resources/golden}. A missing file is written and the
 * test fails, so a new golden file is always read by a person before it is committed; run with
 * {@code -Dgolden.update=true} to rewrite changed ones.
 */
public final class GoldenFiles {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        boolean update = Boolean.getBoolean("golden.update");
        if (!Files.exists(file) || update) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!update) {
                throw new AssertionFailedError("golden file " + file + " did not exist and was written; review it");
            }
        }
        assertThat(actual).as("golden file %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
