package org.pressdesk.reportpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportsTest {

    @Test
    void withoutAnInstalledCjkFontThePdfIsRefusedSayingWhatToInstall() {
        PdfReports pdfs = new PdfReports(new ReportsProperties(List.of("/nonexistent/fonts/cjk.ttf")));

        assertThatThrownBy(() -> pdfs.toPdf("<html><body><p>外交部</p></body></html>"))
                .isInstanceOf(NoCjkFontException.class)
                .hasMessageContaining("/nonexistent/fonts/cjk.ttf")
                .hasMessageContaining("fonts-droid-fallback");
    }

    @Test
    void chineseInBothScriptsIsEmbeddedAsTextWithTheFirstFontInstalled() throws Exception {
        PdfReports pdfs = new PdfReports(new ReportsProperties(null));

        byte[] pdf = pdfs.toPdf("<!DOCTYPE html><html><head><style>body{font-family:'Report CJK'}</style></head>"
                + "<body><p>外交部发言人答记者问</p><p>發言人答記者問 2011</p></body></html>");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("外交部发言人答记者问", "發言人答記者問 2011");
        }
    }
}
