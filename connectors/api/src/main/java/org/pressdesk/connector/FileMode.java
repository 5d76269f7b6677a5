package org.pressdesk.connector;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may read the files a connector writes for another program to pick up (outbox files, radio scripts): the
 * channel's {@value #SETTING} setting, an octal mode as {@code chmod} takes it. The default, {@code 0640}, lets
 * the owner read and write and the group that serves the folder (a web server, the studio's playout) read;
 * which group that is, is the folder's business (its set-group-ID bit, or the service's group). Directories the
 * connector creates get the same mode plus search wherever reading is allowed ({@code 0750}).
 *
 * <p>Temporary files are created readable by their owner only, whatever the umask; the mode is set before a file
 * is moved into place, so a reader never sees it change. On a file system without POSIX permissions nothing is set.
 *
 * @param file      the permissions of the files written
 * @param directory the permissions of the directories created
 */
public record FileMode(Set<PosixFilePermission> file, Set<PosixFilePermission> directory) {

    /** The channel setting. */
    public static final String SETTING = "file-mode";
    private static final Pattern OCTAL = Pattern.compile("0?[0-7]{3}");
    private static final PosixFilePermission[] BITS = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    /** Owner reads and writes, group reads, others nothing. */
    public static final FileMode DEFAULT = parse("0640");

    public FileMode {
        file = Set.copyOf(file);
        directory = Set.copyOf(directory);
    }

    /**
     * The mode a channel's {@value #SETTING} setting asks for, or {@link #DEFAULT}.
     *
     * @throws InvalidChannelConfigurationException when the setting is not an octal mode the connector can work with
     */
    public static FileMode of(ChannelAccount account) {
        return account.setting(SETTING).map(value -> {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidChannelConfigurationException(account.id(), "setting '" + SETTING + "' must be "
                        + e.getMessage() + ", was '" + value + "'");
            }
        }).orElse(DEFAULT);
    }

    /**
     * Reads an octal mode: {@code 0640}, {@code 640}.
     *
     * @throws IllegalArgumentException saying what a mode must be
     */
    public static FileMode parse(String octal) {
        String text = octal.strip();
        if (!OCTAL.matcher(text).matches()) {
            throw new IllegalArgumentException("an octal mode such as 0640 or 0644");
        }
        int mode = Integer.parseInt(text, 8);
        Set<PosixFilePermission> file = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                file.add(BITS[bit]);
            }
        }
        if (!file.contains(PosixFilePermission.OWNER_READ) || !file.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new IllegalArgumentException("a mode in which the owner must read and write (the connector reads "
                    + "and replaces its own files), such as 0640");
        }
        Set<PosixFilePermission> directory = EnumSet.copyOf(file);
        directory.add(PosixFilePermission.OWNER_EXECUTE);
        if (file.contains(PosixFilePermission.GROUP_READ)) {
            directory.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (file.contains(PosixFilePermission.OTHERS_READ)) {
            directory.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return new FileMode(file, directory);
    }

    /** Gives a file this mode, before it is moved into place. */
    public void applyTo(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, this.file);
        }
    }

    /**
     * Creates a directory and any missing parents, giving the ones it creates the directory mode; existing ones are
     * left as they are.
     *
     * @return the directory
     */
    public Path createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return directory;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute);
            if (posix(absolute)) {
                Files.setPosixFilePermissions(absolute, this.directory);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            if (!Files.isDirectory(absolute)) {
                throw createdMeanwhile;
            }
            // another writer made it first; its mode is that writer's business
        }
        return directory;
    }

    /** The mode as {@code chmod} writes it, e.g. {@code 0640}. */
    @Override
    public String toString() {
        int mode = 0;
        for (int bit = 0; bit < BITS.length; bit++) {
            if (file.contains(BITS[bit])) {
                mode |= 1 << bit;
            }
        }
        return String.format("%04o", mode);
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
