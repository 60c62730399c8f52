package io.orderhub.report.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports as files of one directory ({@code oms.report.directory}). A report is written to a temporary file in the
 * same directory, forced to disk, then renamed over its name in one atomic step: a reader sees the old report or
 * the new one, never a part. A name is resolved inside the directory and kept only when its real path (symbolic
 * links followed) still lies there: a link pointing elsewhere is neither listed nor served.
 */
public class DirectoryReportStore implements ReportStore {

    /** Temporary files of writes in progress; no report name starts with a dot. */
    static final String TEMP_PREFIX = ".writing-";
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DirectoryReportStore.class);

    private final Path root;

    /** Creates the directory when missing; it may be a symbolic link to a directory (a mount). */
    public DirectoryReportStore(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        this.root = directory.toRealPath();
    }

    public Path root() {
        return root;
    }

    @Override
    public ReportFile put(String name, ReportContent content) throws IOException {
        Path target = root.resolve(ReportNames.require(name)).normalize();
        if (!root.equals(target.getParent())) {
            throw new IllegalArgumentException("report name leads out of the report directory");
        }
        Path temp = Files.createTempFile(root, TEMP_PREFIX, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                content.writeTo(new KeptOpen(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        BasicFileAttributes written = Files.readAttributes(target, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return new ReportFile(name, written.size(), written.lastModifiedTime().toInstant());
    }

    @Override
    public List<ReportFile> list() throws IOException {
        List<ReportFile> files = new ArrayList<>();
        for (String name : entryNames()) {
            if (!ReportNames.valid(name)) {
                continue;
            }
            try {
                Optional<Path> real = locate(name);
                if (real.isPresent()) {
                    BasicFileAttributes attributes = Files.readAttributes(real.get(), BasicFileAttributes.class);
                    files.add(new ReportFile(name, attributes.size(), attributes.lastModifiedTime().toInstant()));
                }
            } catch (NoSuchFileException deletedMeanwhile) {
                // gone between listing and reading it: not listed
            }
        }
        files.sort(Comparator.comparing(ReportFile::modified).reversed().thenComparing(ReportFile::name));
        return files;
    }

    @Override
    public Optional<OpenReport> open(String name) throws IOException {
        try {
            Optional<Path> real = locate(name);
            if (real.isEmpty()) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(real.get(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            try {
                Instant modified = Files.getLastModifiedTime(real.get()).toInstant();
                return Optional.of(new OpenReport(new ReportFile(name, channel.size(), modified),
                        Channels.newInputStream(channel)));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        }
    }

    @Override
    public ReportDeletion deleteOlderThan(Instant cutoff) throws IOException {
        List<ReportFile> deleted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int kept = 0;
        int abandoned = 0;
        for (String name : entryNames()) {
            Path entry = root.resolve(name);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException deletedMeanwhile) {
                continue;
            }
            // Only regular files are ours: a symbolic link or a directory someone put here is left alone.
            if (!attributes.isRegularFile()) {
                continue;
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            boolean old = modified.isBefore(cutoff);
            if (name.startsWith(TEMP_PREFIX)) {
                if (old && Files.deleteIfExists(entry)) {
                    abandoned++;
                }
                continue;
            }
            if (!ReportNames.valid(name)) {
                continue;
            }
            if (!old) {
                kept++;
                continue;
            }
            try {
                if (Files.deleteIfExists(entry)) {
                    deleted.add(new ReportFile(name, attributes.size(), modified));
                }
            } catch (IOException e) {
                failed.add(name + ": " + e.getClass().getSimpleName());
            }
        }
        deleted.sort(Comparator.comparing(ReportFile::modified).thenComparing(ReportFile::name));
        return new ReportDeletion(deleted, kept, abandoned, failed);
    }

    private List<String> entryNames() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The real path of the report {@code name}, when it is a regular file whose real path lies in the directory. */
    private Optional<Path> locate(String name) throws IOException {
        if (!ReportNames.valid(name)) {
            return Optional.empty();
        }
        Path candidate = root.resolve(name).normalize();
        if (!root.equals(candidate.getParent()) || !Files.exists(candidate)) {
            return Optional.empty();
        }
        Path real = candidate.toRealPath();
        if (!real.startsWith(root)) {
            log.warn("report store: '{}' is a link leading out of the report directory {}; refused", name, root);
            return Optional.empty();
        }
        return Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? Optional.of(real) : Optional.empty();
    }

    /**
     * The stream a report writer gets: closing it (a CSV printer closes what it prints to) only flushes, so the
     * store still forces the file to disk before the rename.
     */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
