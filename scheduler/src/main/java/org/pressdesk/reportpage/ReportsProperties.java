package org.pressdesk.reportpage;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Report pages and their PDFs.
 *
 * @param cjkFonts TrueType fonts (.ttf) with Chinese characters to embed in PDF reports, the first one
 *                 installed is used; by default Debian's fonts-droid-fallback, which bin/services and
 *                 bin/run install
 */
@ConfigurationProperties("pressdesk.reports")
public record ReportsProperties(List<String> cjkFonts) {

    static final List<String> DEBIAN_FONTS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf");

    public ReportsProperties {
        cjkFonts = cjkFonts == null || cjkFonts.isEmpty() ? DEBIAN_FONTS : List.copyOf(cjkFonts);
    }

    List<Path> fontPaths() {
        return cjkFonts.stream().map(Path::of).toList();
    }
}
