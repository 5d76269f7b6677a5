package org.pressdesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit as CSV that spreadsheets open with Chinese text intact: UTF-8 with a byte-order mark, RFC 4180
 * quoting (Commons CSV), CRLF line ends. Times are the office's, to the second; kinds and states are their codes.
 */
final class AuditCsv {

    static final String BOM = "\uFEFF";
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    /** @param header the column names, in the reader's language */
    static void write(Writer out, List<String> header, List<AuditEvent> events, ZoneId zone) {
        try {
            out.write(BOM);
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(header);
            for (AuditEvent event : events) {
                csv.printRecord(SECOND.format(event.at().atZone(zone)), event.actor(), event.kind().name(),
                        event.postId(), event.channel(), event.subject(), event.from(), event.to(), event.detail());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
