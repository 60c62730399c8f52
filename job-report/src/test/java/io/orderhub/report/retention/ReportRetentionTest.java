package io.orderhub.report.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.report.store.DirectoryReportStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.helpers.MessageFormatter;

class ReportRetentionTest {

    /** 2026-12-05 10:00 GMT+8. */
    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path directory;
    DirectoryReportStore store;
    ReportRetention retention;
    final List<String> log = new ArrayList<>();
    final JobContext context = new JobContext(Shard.SOLE,
            (pattern, args) -> log.add(MessageFormatter.arrayFormat(pattern, args).getMessage()));

    @BeforeEach
    void storeWithThreeReports() throws IOException {
        store = new DirectoryReportStore(directory);
        retention = new ReportRetention(store, Duration.ofDays(30), Clock.fixed(NOW, ZoneId.of("UTC")));
        write("health-2026-10-01.xlsx", 4096, Duration.ofDays(65));
        write("health-2026-11-04.csv", 100, Duration.ofDays(31));
        write("health-2026-11-20.html", 7, Duration.ofDays(15));
    }

    @Test
    void deletesReportsOlderThanTheRetentionAndSaysWhatAndHowMuch() throws IOException {
        String summary = retention.run(new ReportRetentionRequest(null), context);

        assertThat(files()).containsExactly("health-2026-11-20.html");
        assertThat(summary).isEqualTo("deleted=2 bytes=4196 kept=1 abandonedWrites=0, written before"
                + " 2026-11-05 10:00:00 GMT+8 (retention 30d)");
        assertThat(log).containsExactly(
                "deleted health-2026-10-01.xlsx (4096 bytes, written 2026-10-01 10:00:00 GMT+8)",
                "deleted health-2026-11-04.csv (100 bytes, written 2026-11-04 10:00:00 GMT+8)",
                "report retention: " + summary);
    }

    @Test
    void theParameterShortensTheRetentionForOneRun() throws IOException {
        String summary = retention.run(new ReportRetentionRequest(10), context);

        assertThat(files()).isEmpty();
        assertThat(summary).startsWith("deleted=3 bytes=4203 kept=0").endsWith("(retention 10d)");
    }

    @Test
    void aSecondRunFindsNothingMoreToDelete() {
        retention.run(new ReportRetentionRequest(null), context);

        assertThat(retention.run(new ReportRetentionRequest(null), context)).startsWith("deleted=0 bytes=0 kept=1");
    }

    private void write(String name, int bytes, Duration age) throws IOException {
        store.put(name, out -> out.write(new byte[bytes]));
        Files.setLastModifiedTime(directory.resolve(name), FileTime.from(NOW.minus(age)));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
