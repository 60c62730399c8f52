package io.orderhub.report.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryReportStoreTest {

    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path workspace;
    Path directory;
    DirectoryReportStore store;

    @BeforeEach
    void createStore() throws IOException {
        directory = workspace.resolve("reports");
        store = new DirectoryReportStore(directory);
    }

    @Test
    void createsTheDirectoryAndReadsBackWhatWasWritten() throws IOException {
        ReportFile written = store.put("health-2026-12-04.csv", out -> out.write(bytes("a,b\n1,2\n")));

        assertThat(Files.isDirectory(directory)).isTrue();
        assertThat(written.name()).isEqualTo("health-2026-12-04.csv");
        assertThat(written.bytes()).isEqualTo(8);
        assertThat(read("health-2026-12-04.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(store.list()).containsExactly(written);
    }

    @Test
    void aReportBeingWrittenIsInvisibleUntilComplete() throws IOException {
        store.put("daily.html", out -> out.write(bytes("old")));

        store.put("daily.html", out -> {
            out.write(bytes("new, first half"));
            out.flush();
            assertThat(read("daily.html")).isEqualTo("old");
            assertThat(store.list()).extracting(ReportFile::name).containsExactly("daily.html");
            out.write(bytes(" and second half"));
        });

        assertThat(read("daily.html")).isEqualTo("new, first half and second half");
        assertThat(entries()).containsExactly("daily.html");
    }

    @Test
    void aWriteThatFailsLeavesThePreviousReportAndNoTemporaryFile() throws IOException {
        store.put("daily.xlsx", out -> out.write(bytes("complete")));

        assertThatThrownBy(() -> store.put("daily.xlsx", out -> {
            out.write(bytes("half"));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(read("daily.xlsx")).isEqualTo("complete");
        assertThat(entries()).containsExactly("daily.xlsx");
    }

    @Test
    void aWriterClosingItsStreamStillGetsItsReportStored() throws IOException {
        store.put("closed.csv", out -> {
            out.write(bytes("x"));
            out.close();
        });

        assertThat(read("closed.csv")).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "..", ".", "a/b.csv", "a\\b.csv", "/etc/passwd", ".hidden", "a..b",
            "name with space.csv", "報表.csv", "", "x\n.csv"})
    void namesThatCouldBePathsAreRefused(String name) throws IOException {
        assertThatThrownBy(() -> store.put(name, out -> out.write(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("report name ");
        assertThat(store.open(name)).isEmpty();
        assertThat(entries()).isEmpty();
        assertThat(Files.exists(workspace.resolve("escape.html"))).isFalse();
    }

    @Test
    void aNameTooLongIsRefusedSayingSo() {
        assertThatThrownBy(() -> store.put("a".repeat(ReportNames.MAX_LENGTH + 1), out -> out.write(1)))
                .hasMessage("report name is longer than 200 characters");
    }

    @Test
    void aLinkLeadingOutOfTheDirectoryIsNeitherListedNorOpened() throws IOException {
        Path secret = Files.writeString(workspace.resolve("outside.txt"), "not a report");
        Files.createSymbolicLink(directory.resolve("leak.csv"), secret);
        Files.createSymbolicLink(directory.resolve("parent.csv"), workspace);

        assertThat(store.open("leak.csv")).isEmpty();
        assertThat(store.open("parent.csv")).isEmpty();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void theDirectoryItselfReachedThroughALinkStillServesItsReports() throws IOException {
        store.put("kept.csv", out -> out.write(bytes("k")));
        Path linked = Files.createSymbolicLink(workspace.resolve("via-link"), directory);

        DirectoryReportStore throughLink = new DirectoryReportStore(linked);

        assertThat(throughLink.list()).extracting(ReportFile::name).containsExactly("kept.csv");
        try (OpenReport report = throughLink.open("kept.csv").orElseThrow()) {
            assertThat(report.content().readAllBytes()).isEqualTo(bytes("k"));
        }
    }

    @Test
    void aDirectoryOrStrayFileInTheStoreIsNoReport() throws IOException {
        Files.createDirectory(directory.resolve("folder.csv"));
        Files.writeString(directory.resolve("<script>.html"), "stray");

        assertThat(store.list()).isEmpty();
        assertThat(store.open("folder.csv")).isEmpty();
    }

    @Test
    void listsNewestFirstWithSizesAndTimes() throws IOException {
        store.put("older.csv", out -> out.write(bytes("12345")));
        store.put("newer.csv", out -> out.write(bytes("1")));
        age("older.csv", Duration.ofDays(2));
        age("newer.csv", Duration.ofDays(1));

        List<ReportFile> files = store.list();

        assertThat(files).containsExactly(
                new ReportFile("newer.csv", 1, NOW.minus(Duration.ofDays(1))),
                new ReportFile("older.csv", 5, NOW.minus(Duration.ofDays(2))));
    }

    @Test
    void deletesOnlyReportsWrittenBeforeTheCutoff() throws IOException {
        store.put("month-old.xlsx", out -> out.write(new byte[1000]));
        store.put("just-older.csv", out -> out.write(new byte[10]));
        store.put("just-younger.csv", out -> out.write(new byte[20]));
        age("month-old.xlsx", Duration.ofDays(31));
        age("just-older.csv", Duration.ofDays(30).plusSeconds(1));
        age("just-younger.csv", Duration.ofDays(30).minusSeconds(1));

        ReportDeletion deletion = store.deleteOlderThan(NOW.minus(Duration.ofDays(30)));

        assertThat(deletion.deleted()).extracting(ReportFile::name)
                .containsExactlyInAnyOrder("month-old.xlsx", "just-older.csv");
        assertThat(deletion.count()).isEqualTo(2);
        assertThat(deletion.bytes()).isEqualTo(1010);
        assertThat(deletion.kept()).isEqualTo(1);
        assertThat(deletion.failed()).isEmpty();
        assertThat(entries()).containsExactly("just-younger.csv");
    }

    @Test
    void retentionRemovesAbandonedWritesButNeverFollowsLinks() throws IOException {
        Path target = Files.writeString(workspace.resolve("outside.csv"), "keep me");
        Path link = Files.createSymbolicLink(directory.resolve("link.csv"), target);
        Files.setLastModifiedTime(target, FileTime.from(NOW.minus(Duration.ofDays(400))));
        Path abandoned = Files.writeString(directory.resolve(DirectoryReportStore.TEMP_PREFIX + "123.tmp"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(NOW.minus(Duration.ofDays(40))));

        ReportDeletion deletion = store.deleteOlderThan(NOW.minus(Duration.ofDays(30)));

        assertThat(deletion.count()).isZero();
        assertThat(deletion.abandonedWrites()).isEqualTo(1);
        assertThat(Files.exists(abandoned)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void anOpenedReportKeepsItsContentWhenReplaced() throws IOException {
        store.put("daily.csv", out -> out.write(bytes("first")));

        try (OpenReport opened = store.open("daily.csv").orElseThrow()) {
            store.put("daily.csv", out -> out.write(bytes("second, longer")));

            assertThat(opened.file().bytes()).isEqualTo(5);
            assertThat(new String(opened.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
        }
    }

    private void age(String name, Duration age) throws IOException {
        Files.setLastModifiedTime(directory.resolve(name), FileTime.from(NOW.minus(age)));
    }

    private String read(String name) throws IOException {
        Optional<OpenReport> report = store.open(name);
        assertThat(report).as("report %s", name).isPresent();
        try (InputStream in = report.get().content()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
