package org.pressdesk.dailyrun.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the run cannot use at all are refused whole, with a message that says why. */
class TranscriptRefusalsTest {

    private final TranscriptReader reader = new TranscriptReader();

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(UnreadableTranscriptException.class).hasMessage("empty.txt is empty");
        assertThatThrownBy(() -> reader.read("blank.txt", " \n\u3000\n".getBytes(UTF_8)))
                .isInstanceOf(UnreadableTranscriptException.class).hasMessage("blank.txt is empty");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        assertThatThrownBy(() -> reader.read("photo.txt", png))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessage("photo.txt is not a text file (binary content)");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] big5 = {(byte) 0xB0, (byte) 0xDD, (byte) 0xA1, (byte) 0x47};
        assertThatThrownBy(() -> reader.read("big5.txt", big5))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessage("big5.txt is not UTF-8 text");
    }

    @Test
    void aFileWithoutADateLineIsRefused() {
        assertThatThrownBy(() -> reader.read("nodate.txt", "問：一？\n答：二。".getBytes(UTF_8)))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessageStartingWith("nodate.txt has no date line");
    }

    @Test
    void anUnknownExtensionIsRefused() {
        assertThatThrownBy(() -> reader.read("notes.docx", "x".getBytes(UTF_8)))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessage("notes.docx: only .txt, .html and .json transcripts are read");
    }

    @Test
    void malformedJsonIsRefused() {
        assertThatThrownBy(() -> reader.read("t.json", "{\"date\": ".getBytes(UTF_8)))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessageStartingWith("t.json is not valid JSON");
    }

    @Test
    void aFileThatCannotBeOpenedIsRefused(@TempDir Path folder) {
        Path missing = folder.resolve("gone.txt");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessageStartingWith("gone.txt cannot be read");
    }

    @Test
    void aFolderIsRefused(@TempDir Path folder) throws Exception {
        Path dir = Files.createDirectory(folder.resolve("dir.txt"));
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(UnreadableTranscriptException.class)
                .hasMessageStartingWith("dir.txt cannot be read");
    }
}
