package org.pressdesk.dailyrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inbox folder of transcript files, and its {@code done/} and {@code failed/} folders beside the
 * files waiting. Files are taken in name order, so a conference's files sort as their dates do.
 */
class TranscriptInbox {

    private static final List<String> FORMS = List.of(".txt", ".html", ".htm", ".json");

    private final DailyRunProperties properties;

    TranscriptInbox(DailyRunProperties properties) {
        this.properties = properties;
    }

    Path folder() {
        return properties.inbox();
    }

    /** The transcript files waiting, by name; hidden and partly written ({@code .part}) files are left alone. */
    List<String> waiting() {
        Path inbox = properties.inbox();
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && FORMS.stream()
                            .anyMatch(form -> name.toLowerCase(Locale.ROOT).endsWith(form)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    Path file(String name) {
        return properties.inbox().resolve(name);
    }

    /** Moves an imported file to {@code done/}; a file already moved (by an earlier attempt) is left as it is. */
    void done(String name) {
        move(name, properties.done());
    }

    /** Moves a file the run could not read to {@code failed/}. */
    void failed(String name) {
        move(name, properties.failed());
    }

    /** Writes a fetched page into the inbox under this name, replacing what an earlier attempt wrote. */
    void put(String name, byte[] content) {
        try {
            Files.createDirectories(properties.inbox());
            Path part = properties.inbox().resolve("." + name + ".part");
            Files.write(part, content);
            Files.move(part, properties.inbox().resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to the inbox " + properties.inbox() + ": "
                    + e.getMessage(), e);
        }
    }

    private void move(String name, Path folder) {
        Path from = properties.inbox().resolve(name);
        try {
            Files.createDirectories(folder);
            Path to = folder.resolve(name);
            for (int i = 1; Files.exists(to); i++) {
                // An earlier file of the same name stays: the folders are the office's record of what came in.
                to = folder.resolve(stem(name) + "." + i + extension(name));
            }
            Files.move(from, to);
        } catch (NoSuchFileException e) {
            // Moved already, by an earlier attempt of this run or by another run.
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
