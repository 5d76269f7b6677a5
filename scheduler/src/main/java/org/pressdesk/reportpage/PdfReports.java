package org.pressdesk.reportpage;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Turns a report page into PDF with openhtmltopdf, embedding (a subset of) a CJK TrueType font under the
 * family name {@value #FONT_FAMILY} that the pages' style asks for first, so Chinese text is real,
 * selectable text in the PDF rather than boxes.
 */
@Component
public class PdfReports {

    /** The font family the report pages' style names first. */
    static final String FONT_FAMILY = "Report CJK";

    private final ReportsProperties properties;

    PdfReports(ReportsProperties properties) {
        this.properties = properties;
    }

    /**
     * @throws NoCjkFontException when none of the configured fonts is installed
     */
    public byte[] toPdf(String html) {
        Path font = properties.fontPaths().stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new NoCjkFontException(properties.fontPaths()));
        // The page is HTML5; openhtmltopdf reads a W3C document, which jsoup builds from it.
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font.toFile(), FONT_FAMILY);
            builder.withW3cDocument(document, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
