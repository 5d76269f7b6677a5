package org.pressdesk.dailyrun.transcript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a press-conference transcript as the ministry publishes it: plain text ({@code .txt}), a page
 * of its site ({@code .html}, see {@link TranscriptPage}) or the structured form ({@code .json}, see
 * {@link JsonTranscript}), all UTF-8. Text and pages are read by {@link TranscriptText}.
 *
 * <p>A file the run cannot use at all (empty, binary, not UTF-8, no date line, unreadable) is refused
 * whole with {@link UnreadableTranscriptException}; parts of a usable file that cannot be read are
 * returned in {@link Transcript#unparsed()} for the run's skip policy.
 */
public final class TranscriptReader {

    private static final int BINARY_PROBE = 8192;

    /**
     * Reads a transcript file.
     *
     * @throws UnreadableTranscriptException when the file cannot be opened or is no usable transcript
     */
    public Transcript read(Path file) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new UnreadableTranscriptException(name + " cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return read(name, content);
    }

    /**
     * Reads a transcript from its bytes; the name's extension says its form.
     *
     * @param name where it came from (file name or address), in messages and in {@link Transcript#source()}
     * @throws UnreadableTranscriptException when it is no usable transcript
     */
    public Transcript read(String name, byte[] content) {
        String form = extension(name);
        if (!List.of("txt", "html", "htm", "json").contains(form)) {
            throw new UnreadableTranscriptException(name + ": only .txt, .html and .json transcripts are read");
        }
        if (content.length == 0) {
            throw new UnreadableTranscriptException(name + " is empty");
        }
        for (int i = 0; i < Math.min(content.length, BINARY_PROBE); i++) {
            if (content[i] == 0) {
                throw new UnreadableTranscriptException(name + " is not a text file (binary content)");
            }
        }
        String text = utf8(name, content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableTranscriptException(name + " is empty");
        }
        return switch (form) {
            case "json" -> JsonTranscript.read(name, text);
            case "html", "htm" -> TranscriptText.parse(name, TranscriptPage.paragraphs(text), null);
            default -> TranscriptText.parse(name, text.lines().toList(), null);
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String utf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTranscriptException(name + " is not UTF-8 text", e);
        }
    }
}
