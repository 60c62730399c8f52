package io.orderhub.report.entry.intake;

import io.orderhub.common.job.RunLog;
import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.SkuDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake folder: every {@code *.csv} / {@code *.xlsx} dropped there is taken in once and moved aside. Every
 * executor of the broadcast runs it; two taking the same file at once are told apart by the file record's key.
 *
 * <ul>
 *   <li>A file is taken only when it has not changed for {@code settle} (an upload still being written waits).</li>
 *   <li>Good rows are stored, bad rows are kept raw with their line, field and reason
 *       ({@code entry_intake_rejected_row}); rows, rejections and the file's record commit together.</li>
 *   <li>"Once" is by content: the file record is keyed by the SHA-256 of its bytes, so the same export dropped again
 *       (any name, any executor) is moved to {@code processed/} as a duplicate without being read.</li>
 *   <li>Taken files go to {@code processed/}, unreadable ones to {@code failed/} (their reason is a rejected row of
 *       line 0), both with a GMT+8 time stamp in front of the name. Other files are left where they are.</li>
 * </ul>
 */
public class IntakeFolder {

    static final int BATCH = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path folder;
    private final Duration settle;
    private final IntakeStore store;
    private final TransactionTemplate transactions;
    private final IntakeCharset charset;
    private final Clock clock;

    public IntakeFolder(Path folder, Duration settle, IntakeStore store, TransactionTemplate transactions,
            IntakeCharset charset, Clock clock) {
        this.folder = folder;
        this.settle = settle;
        this.store = store;
        this.transactions = transactions;
        this.charset = charset;
        this.clock = clock;
    }

    /** Takes in every settled file of the folder, in name order. */
    public IntakeSummary takeAll(RunLog log) throws IOException {
        IntakeSummary summary = new IntakeSummary();
        if (!Files.isDirectory(folder)) {
            log.line("intake folder {} does not exist: nothing taken in", folder);
            return summary;
        }
        for (Path file : settledFiles()) {
            FileOutcome outcome = take(file);
            summary.add(outcome);
            log.line("intake {}: {}", file.getFileName(), outcome);
        }
        return summary;
    }

    private List<Path> settledFiles() throws IOException {
        Instant settledBefore = clock.instant().minus(settle);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(IntakeFolder::intakeName)
                    .filter(file -> lastModified(file).isBefore(settledBefore)).sorted().toList();
        }
    }

    static boolean intakeName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && (name.endsWith(".csv") || name.endsWith(".xlsx"));
    }

    FileOutcome take(Path file) throws IOException {
        String name = file.getFileName().toString();
        String sha256 = sha256(file);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8));
        if (store.alreadyTaken(sha256)) {
            moveAside(file, "processed", "duplicate-" + STAMP.format(now) + "-" + name);
            return FileOutcome.duplicate();
        }
        IntakeKind kind = IntakeKind.of(name);
        Path processed = folder.resolve("processed").resolve(STAMP.format(now) + "-" + name);
        FileOutcome outcome;
        try {
            outcome = transactions.execute(tx -> read(file, sha256, kind, now, processed));
        } catch (DuplicateKeyException takenMeanwhile) {
            // another executor took the same content in at the same moment: its rows stand, ours rolled back
            moveAside(file, "processed", "duplicate-" + STAMP.format(now) + "-" + name);
            return FileOutcome.duplicate();
        }
        moveAside(file, outcome.unreadable() ? "failed" : "processed", processed.getFileName().toString());
        return outcome;
    }

    private FileOutcome read(Path file, String sha256, IntakeKind kind, LocalDateTime now, Path processed) {
        String name = file.getFileName().toString();
        RowSink sink = new RowSink(kind, name, sha256, now);
        String charsetRead;
        try {
            charsetRead = reader(name).read(file, sink::accept);
        } catch (IOException | RuntimeException e) {
            String reason = "the file cannot be read: " + e.getMessage();
            store.reject(sha256, name, List.of(new IntakeStore.RejectedRow(0, "(file)", reason, "")), now);
            store.recordFile(sha256, name, kind, "-", 0, 1, now, folder.resolve("failed")
                    .resolve(processed.getFileName()).toString());
            return FileOutcome.unreadable(reason);
        }
        sink.flush();
        store.recordFile(sha256, name, kind, charsetRead, sink.accepted, sink.rejected, now, processed.toString());
        return FileOutcome.taken(kind, charsetRead, sink.accepted, sink.rejected, sink.firstRejections);
    }

    private IntakeFileReader reader(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? new XlsxIntakeReader() : new CsvIntakeReader(charset);
    }

    private void moveAside(Path file, String into, String newName) throws IOException {
        Path target = folder.resolve(into);
        Files.createDirectories(target);
        try {
            Files.move(file, target.resolve(newName), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException movedByAnotherExecutor) {
            // the executor that took it in moved it first: nothing left to do
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // vanished or unreadable now: not settled, looked at again next run
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses rows and writes them in batches of {@value #BATCH}. */
    private final class RowSink {

        private final IntakeKind kind;
        private final String fileName;
        private final String sha256;
        private final LocalDateTime now;
        private final List<Entry> entries = new ArrayList<>();
        private final List<SkuDefinition> skus = new ArrayList<>();
        private final List<IntakeStore.RejectedRow> rejections = new ArrayList<>();
        private final List<String> firstRejections = new ArrayList<>();
        private int accepted;
        private int rejected;

        RowSink(IntakeKind kind, String fileName, String sha256, LocalDateTime now) {
            this.kind = kind;
            this.fileName = fileName;
            this.sha256 = sha256;
            this.now = now;
        }

        void accept(IntakeRow row) {
            try {
                if (kind == IntakeKind.SKU_MASTER) {
                    skus.add(SkuRowParser.parse(row));
                } else {
                    entries.add(EntryRowParser.parse(row));
                }
                accepted++;
            } catch (RowRejected e) {
                rejected++;
                rejections.add(new IntakeStore.RejectedRow(row.lineNo(), e.field(), e.reason(), row.raw()));
                if (firstRejections.size() < 10) {
                    firstRejections.add("line " + row.lineNo() + " " + e.field() + ": " + e.reason());
                }
            }
            if (entries.size() + skus.size() + rejections.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!entries.isEmpty()) {
                store.upsertEntries(entries, fileName);
                entries.clear();
            }
            if (!skus.isEmpty()) {
                store.upsertSkus(skus, fileName);
                skus.clear();
            }
            if (!rejections.isEmpty()) {
                store.reject(sha256, fileName, rejections, now);
                rejections.clear();
            }
        }
    }
}
