package org.pressdesk.officefigures;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** CSV files are read as UTF-8 whatever the request says, as spreadsheets save Chinese text. */
final class Utf8Csv {

    private Utf8Csv() {
    }

    /** @throws MalformedCsvException naming the line and column of the first byte that is not UTF-8 */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            int bad = firstBadByte(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lineSoFar = before.substring(before.lastIndexOf('\n') + 1);
            int column = (int) lineSoFar.chars().filter(c -> c == ',').count() + 1;
            throw new MalformedCsvException(line, column, null, "not UTF-8 text (save the file as CSV UTF-8)");
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
