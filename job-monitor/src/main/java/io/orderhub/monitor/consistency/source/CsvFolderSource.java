package io.orderhub.monitor.consistency.source;

import io.orderhub.common.job.RunLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * External records dropped as CSV files, one folder per kind ({@code <folder>/erp-order/*.csv}, …, UTF-8, header
 * row with the contract's column names, other columns ignored). Each file is processed once: its content hash is
 * recorded in {@code cc_source_file} with the counts, good rows are upserted into staging, every bad row is kept in
 * {@code cc_rejected_row} with its line, field and reason, and the file is moved to {@code processed/} (a file whose
 * header lacks a required column: to {@code rejected/}, with one rejected row naming the column). A file is loaded
 * in one transaction under the {@link StagingLock}, so it counts as processed exactly when its rows are staged.
 */
public class CsvFolderSource {

    private static final int BATCH = 1000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final JdbcTemplate jdbc;
    private final RejectedRows rejectedRows;
    private final TransactionTemplate transactions;
    private final Path folder;
    private final Clock clock;

    public CsvFolderSource(JdbcTemplate jdbc, TransactionTemplate transactions, Path folder, Clock clock) {
        this.jdbc = jdbc;
        this.rejectedRows = new RejectedRows(jdbc);
        this.transactions = transactions;
        this.folder = folder;
        this.clock = clock;
    }

    /** What loading one file did. */
    public record FileOutcome(SourceKind kind, String file, int loaded, int rejected, boolean skipped) {
    }

    /** Loads every new file of every kind, oldest name first; returns what each did. */
    public List<FileOutcome> loadNewFiles(RunLog log) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            Path dir = folder.resolve(kind.folderName());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : csvFiles(dir)) {
                FileOutcome outcome = load(kind, file);
                outcomes.add(outcome);
                log.line("source {} file {}: {}", kind.folderName(), outcome.file(), outcome.skipped()
                        ? "already processed, moved aside"
                        : outcome.loaded() + " row(s) loaded, " + outcome.rejected() + " rejected");
            }
        }
        return outcomes;
    }

    private static List<Path> csvFiles(Path dir) {
        TreeSet<Path> files = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.csv")) {
            entries.forEach(path -> {
                if (Files.isRegularFile(path)) {
                    files.add(path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return List.copyOf(files);
    }

    FileOutcome load(SourceKind kind, Path file) {
        if (!Files.exists(file)) {
            return new FileOutcome(kind, file.getFileName().toString(), 0, 0, true); // another run took it
        }
        Loaded loaded = transactions.execute(status -> {
            StagingLock.take(jdbc);
            return loadLocked(kind, file);
        });
        moveTo(file, loaded.unreadable() ? "rejected" : "processed");
        return new FileOutcome(kind, file.getFileName().toString(), loaded.rows(), loaded.rejected(),
                loaded.skipped());
    }

    private record Loaded(int rows, int rejected, boolean skipped, boolean unreadable) {
    }

    private Loaded loadLocked(SourceKind kind, Path file) {
        String name = file.getFileName().toString();
        String hash = sha256(file);
        Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM cc_source_file WHERE source = ? AND content_hash = ?",
                Integer.class, kind.name(), hash);
        if (seen != null && seen > 0) {
            return new Loaded(0, 0, true, false);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int loaded = 0;
        int rejected = 0;
        boolean unreadable = false;
        List<Object[]> good = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(CsvFolderSource::withoutBom).toList();
            String missing = SourceRow.missingColumn(kind, header).orElse(null);
            if (missing != null) {
                reject(kind, name, 1, missing, "required column missing from the header", String.join(",", header),
                        now);
                rejected = 1;
                unreadable = true;
            } else {
                for (CSVRecord record : parser) {
                    Map<String, String> text = new HashMap<>();
                    List<String> values = record.toList();
                    for (int i = 0; i < header.size() && i < values.size(); i++) {
                        text.put(header.get(i), values.get(i));
                    }
                    Object row = values.size() != header.size()
                            ? new SourceRow.Rejected("(row)", "has " + values.size() + " values, the header "
                                    + header.size())
                            : SourceRow.read(kind, text);
                    if (row instanceof SourceRow.Accepted accepted) {
                        good.add(accepted.values());
                        loaded++;
                        if (good.size() == BATCH) {
                            jdbc.batchUpdate(kind.upsertSql(), good);
                            good.clear();
                        }
                    } else if (row instanceof SourceRow.Rejected bad) {
                        reject(kind, name, record.getRecordNumber() + 1, bad.field(), bad.reason(),
                                String.join(",", values), now);
                        rejected++;
                    }
                }
                jdbc.batchUpdate(kind.upsertSql(), good);
                good.clear();
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // A file commons-csv cannot read to the end (a quote never closed, a duplicate header): the rows before
            // the break are kept, the rest of the file is refused with the parser's reason (it names the line), and
            // the file is set aside in rejected/.
            jdbc.batchUpdate(kind.upsertSql(), good);
            String reason = "not readable as CSV from here on: " + String.valueOf(e.getMessage());
            reject(kind, name, 0, "(file)", reason.length() > 255 ? reason.substring(0, 255) : reason, "", now);
            rejected++;
            unreadable = true;
        }
        jdbc.update("INSERT INTO cc_source_file (source, file_name, content_hash, rows_loaded, rows_rejected,"
                + " processed_at) VALUES (?, ?, ?, ?, ?, ?)", kind.name(), name, hash, loaded, rejected, now);
        return new Loaded(loaded, rejected, false, unreadable);
    }

    private void reject(SourceKind kind, String file, long line, String field, String reason, String raw,
            LocalDateTime at) {
        rejectedRows.keep(kind, file, line, field, reason, raw, at);
    }

    private static String withoutBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }

    private static void moveTo(Path file, String subfolder) {
        try {
            Path target = file.resolveSibling(subfolder);
            Files.createDirectories(target);
            Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + subfolder, e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream digest = (DigestInputStream) in;
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
