package org.pressdesk.connector.radio;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pressdesk.connector.FileMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders an episode's SSML to a WAV file with espeak-ng, so an editor can hear the timing before the
 * studio does. Only a preview: when espeak-ng is not installed, disabled, or fails, the script is still
 * published and the reason is written into it; a stale WAV from an earlier version of the script is removed.
 */
final class AudioPreview {

    private static final Logger log = LoggerFactory.getLogger(AudioPreview.class);

    /** What happened to the preview. */
    enum Status { RENDERED, DISABLED, SKIPPED, FAILED }

    /**
     * @param status what happened
     * @param detail the WAV file's name when rendered, otherwise why not
     */
    record Result(Status status, String detail) {
    }

    private final boolean enabled;
    private final String command;
    private final String voice;
    private final Integer wordsPerMinute;
    private final Duration timeout;
    private final FileMode fileMode;

    /**
     * @param wordsPerMinute espeak-ng's speed ({@code -s}); null for its default
     * @param fileMode       the WAV file's mode
     */
    AudioPreview(boolean enabled, String command, String voice, Integer wordsPerMinute, Duration timeout,
                 FileMode fileMode) {
        this.fileMode = fileMode;
        this.enabled = enabled;
        this.command = command;
        this.voice = voice;
        this.wordsPerMinute = wordsPerMinute;
        this.timeout = timeout;
    }

    /** The espeak-ng executable: the setting itself when it is a path, otherwise looked up on PATH. */
    Optional<Path> executable() {
        if (command.contains(File.separator)) {
            Path path = Path.of(command);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Renders the SSML to {@code wav}, replacing it atomically.
     *
     * @return what happened; never throws for a missing or failing espeak-ng
     * @throws IOException when the folder itself cannot be written
     */
    Result render(String ssml, Path wav) throws IOException {
        if (!enabled) {
            Files.deleteIfExists(wav);
            return new Result(Status.DISABLED, "audio-preview is false");
        }
        Optional<Path> executable = executable();
        if (executable.isEmpty()) {
            Files.deleteIfExists(wav);
            return new Result(Status.SKIPPED, "espeak-ng is not installed ('" + command + "' not found)");
        }
        Path directory = Files.createDirectories(wav.getParent());
        Path input = Files.createTempFile(directory, ".speech-", ".ssml");
        Path output = Files.createTempFile(directory, ".speech-", ".wav");
        Path messages = Files.createTempFile(directory, ".speech-", ".log");
        try {
            Files.writeString(input, ssml, StandardCharsets.UTF_8);
            List<String> commandLine = new ArrayList<>(List.of(executable.get().toString(), "-v", voice, "-m",
                    "-f", input.toString(), "-w", output.toString()));
            if (wordsPerMinute != null) {
                commandLine.addAll(List.of("-s", wordsPerMinute.toString()));
            }
            Process process = new ProcessBuilder(commandLine).redirectErrorStream(true)
                    .redirectOutput(messages.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return failed(wav, "espeak-ng did not finish within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                String said = Files.readString(messages, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return failed(wav, "espeak-ng exited with " + process.exitValue() + (said.isBlank() ? "" : ": " + said));
            }
            if (Files.size(output) <= 44) {
                return failed(wav, "espeak-ng wrote no audio");
            }
            fileMode.applyTo(output);
            EpisodeFolder.move(output, wav);
            return new Result(Status.RENDERED, wav.getFileName().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(wav, "interrupted while espeak-ng was running");
        } catch (IOException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
            return failed(wav, "espeak-ng could not be run: " + e.getMessage());
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
            Files.deleteIfExists(messages);
        }
    }

    private static Result failed(Path wav, String reason) throws IOException {
        log.warn("No audio preview for {}: {}", wav, reason);
        Files.deleteIfExists(wav);
        return new Result(Status.FAILED, reason);
    }
}
