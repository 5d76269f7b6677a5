package org.pressdesk.connector.radio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pressdesk.connector.FileMode;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * The delivery folder: one directory per episode, {@code 2011-12-30-wjfwz/}, holding the queued items
 * ({@code items/*.item}) and the scripts ({@code wjfwz-20111230.html}, {@code .txt}, {@code .ssml}, {@code .wav}).
 *
 * <p>Items are files so that a restart loses nothing and staff can see what is queued. Every file is written
 * to a temporary file first, given the channel's {@link FileMode}, and moved into place atomically; an item
 * moves to the next episode with one rename, so it is never in two episodes at once.
 */
final class EpisodeFolder {

    static final String ITEMS = "items";
    private static final String ITEM_SUFFIX = ".item";
    private static final Pattern UNSAFE_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path root;
    private final String slug;
    private final Pattern episodeDirectory;
    private final FileMode fileMode;

    EpisodeFolder(Path root, String slug, FileMode fileMode) {
        this.root = root;
        this.slug = slug;
        this.fileMode = fileMode;
        this.episodeDirectory = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-" + Pattern.quote(slug));
    }

    Path root() {
        return root;
    }

    Path episode(LocalDate date) {
        return root.resolve(date + "-" + slug);
    }

    /** The script file of an episode with this extension: {@code html}, {@code txt}, {@code ssml} or {@code wav}. */
    Path script(LocalDate date, String extension) {
        return episode(date).resolve(slug + "-" + date.format(COMPACT_DATE) + "." + extension);
    }

    /** The file name an item with this key is kept under: readable, and unique thanks to a hash of the key. */
    static String fileName(String key) {
        String readable = UNSAFE_FILE_NAME.matcher(key).replaceAll("_");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        return readable + "-" + sha256(key).substring(0, 12) + ITEM_SUFFIX;
    }

    /** Finds an item by its key in any episode, earliest episode first. */
    Optional<Stored> find(String key) throws IOException {
        String name = fileName(key);
        for (LocalDate date : episodes()) {
            Path file = episode(date).resolve(ITEMS).resolve(name);
            if (Files.exists(file)) {
                return Optional.of(new Stored(date, read(file)));
            }
        }
        return Optional.empty();
    }

    /** The items queued for an episode, in no particular order. */
    List<QueuedItem> items(LocalDate date) throws IOException {
        Path directory = episode(date).resolve(ITEMS);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<QueuedItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(ITEM_SUFFIX)).toList()) {
                items.add(read(file));
            }
        }
        return items;
    }

    /** Every episode date that has a directory, oldest first. */
    List<LocalDate> episodes() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(root)) {
            return directories.map(path -> path.getFileName().toString())
                    .filter(name -> episodeDirectory.matcher(name).matches())
                    .map(name -> LocalDate.parse(name.substring(0, 10))).sorted().toList();
        }
    }

    void add(LocalDate date, QueuedItem item) throws IOException {
        Path directory = fileMode.createDirectories(episode(date).resolve(ITEMS));
        writeAtomically(directory.resolve(fileName(item.key())), format(item));
    }

    /** Moves an item to a later episode and notes where it came from. */
    void carry(QueuedItem item, LocalDate from, LocalDate to) throws IOException {
        Path target = fileMode.createDirectories(episode(to).resolve(ITEMS)).resolve(fileName(item.key()));
        move(episode(from).resolve(ITEMS).resolve(fileName(item.key())), target);
        writeAtomically(target, format(item.carriedFrom(from)));
    }

    /** Takes an item out of an episode. */
    void remove(LocalDate date, String key) throws IOException {
        Files.deleteIfExists(episode(date).resolve(ITEMS).resolve(fileName(key)));
    }

    /** Deletes an episode's script in every format: an episode without items has none. */
    void removeScripts(LocalDate date) throws IOException {
        for (String extension : List.of("html", "txt", "ssml", "wav")) {
            Files.deleteIfExists(script(date, extension));
        }
    }

    /** Writes several files, each atomically; all are prepared before the first is replaced. */
    void writeAll(Map<Path, String> files) throws IOException {
        Map<Path, Path> prepared = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                prepared.put(file.getKey(), temporaryWith(file.getKey(), file.getValue()));
            }
            for (Map.Entry<Path, Path> file : prepared.entrySet()) {
                move(file.getValue(), file.getKey());
            }
        } finally {
            for (Path temporary : prepared.values()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    void writeAtomically(Path target, String content) throws IOException {
        writeAll(Map.of(target, content));
    }

    static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the delivery folder does not support atomic moves: " + target.getParent(), e);
        }
    }

    private Path temporaryWith(Path target, String content) throws IOException {
        fileMode.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        fileMode.applyTo(temporary);
        return temporary;
    }

    /** {@code key: value} lines, a blank line, then the text. */
    static String format(QueuedItem item) {
        StringBuilder out = new StringBuilder();
        header(out, "key", item.key());
        header(out, "kind", item.kind().name());
        header(out, "language", item.language().tag());
        header(out, "title", item.title());
        header(out, "scheduled-at", item.scheduledAt().toString());
        header(out, "received-at", item.receivedAt().toString());
        if (item.sourceReference() != null) {
            header(out, "source", item.sourceReference());
        }
        if (item.carriedFrom() != null) {
            header(out, "carried-from", item.carriedFrom().toString());
        }
        return out.append('\n').append(item.text()).toString();
    }

    static QueuedItem read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int blank = content.indexOf("\n\n");
        if (blank < 0) {
            throw new IOException("not an item file (no blank line after the header): " + file);
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : content.substring(0, blank).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                header.put(line.substring(0, colon), unescape(line.substring(colon + 2)));
            }
        }
        try {
            return new QueuedItem(header.get("key"), ContentKind.valueOf(header.get("kind")),
                    ContentLanguage.fromTag(header.get("language")).orElseThrow(),
                    header.get("title"), content.substring(blank + 2), Instant.parse(header.get("scheduled-at")),
                    Instant.parse(header.get("received-at")), header.get("source"),
                    header.containsKey("carried-from") ? LocalDate.parse(header.get("carried-from")) : null);
        } catch (RuntimeException e) {
            throw new IOException("unreadable item file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** An item and the episode it is in. */
    record Stored(LocalDate episode, QueuedItem item) {
    }
}
