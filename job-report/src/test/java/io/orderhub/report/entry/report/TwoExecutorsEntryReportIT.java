package io.orderhub.report.entry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.RunLog;
import io.orderhub.common.job.Shard;
import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.EntrySchema;
import io.orderhub.report.entry.intake.IntakeStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two executors running entryErrorReport at the same moment on one MariaDB: no day is checked twice. */
class TwoExecutorsEntryReportIT {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 28);
    private static final int DAYS = 6;
    private static final int PER_DAY = 40;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    private EntrySchema db;
    private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();

    /** TEST DOUBLE of EntryCheck: counts how often each entry is checked, flags every fifth, and is slow. */
    private final EntryCheck countingCheck = entry -> {
        checks.computeIfAbsent(entry.entryId(), id -> new AtomicInteger()).incrementAndGet();
        sleepQuietly();
        return entry.entryId().endsWith("5") ? List.of(new EntryFinding(entry.entryId(),
                EntryFindingType.UNKNOWN_SKU, "sku_code", entry.skuCode(), List.of("A1001"),
                EntryFinding.Severity.ERROR, "sku_code: unknown (test double)")) : List.of();
    };

    @BeforeEach
    void entriesOfSixDays() {
        db = EntrySchema.fresh();
        List<Entry> entries = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            for (int i = 0; i < PER_DAY; i++) {
                entries.add(new Entry("D" + d + "-" + i, "receiving", "RK" + d + i, "张伟",
                        LocalDateTime.of(FIRST.plusDays(d), java.time.LocalTime.of(9, i)), "A1002", BigDecimal.ONE,
                        "件", null, null, null, "WH-SH", null, false));
            }
        }
        new IntakeStore(db.jdbc()).upsertEntries(entries, "fixture");
    }

    @Test
    void twoExecutorsOfOneBroadcastSplitTheDaysAndCheckEachOnce() throws Exception {
        List<String> summaries = runTogether(new Shard(0, 2), new Shard(1, 2));

        assertEveryEntryCheckedOnceAndEveryDayFinished();
        assertThat(summaries).hasSize(2);
    }

    @Test
    void twoExecutorsThatBothOwnEveryDayStillCheckEachDayOnce() throws Exception {
        runTogether(new Shard(1, 2), new Shard(1, 2)); // mis-set: same index; shard 1 skips the audit refresh

        Shard one = new Shard(1, 2);
        long owned = java.util.stream.IntStream.range(0, DAYS).filter(d -> one.owns(FIRST.plusDays(d).toString()))
                .count();
        assertThat(checks).hasSize((int) owned * PER_DAY);
        assertThat(checks.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    @Test
    void aClaimRaceHasExactlyOneWinner() throws Exception {
        EntryDayClaims claims = new EntryDayClaims(db.jdbc(), Duration.ofHours(2));
        LocalDateTime now = LocalDateTime.of(2026, 12, 5, 2, 30);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String holder = "executor-" + i;
            results.add(pool.submit(() -> {
                start.await();
                return claims.claim(FIRST, holder, now, true);
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
    }

    private List<String> runTogether(Shard a, Shard b) throws Exception {
        EntryReportFixture executorA = new EntryReportFixture(db, null, work.resolve("reports"), countingCheck,
                CLOCK, "executor-a");
        EntryReportFixture executorB = new EntryReportFixture(db, null, work.resolve("reports"), countingCheck,
                CLOCK, "executor-b");
        EntryReportRequest range = new EntryReportRequest(null, FIRST.toString(),
                FIRST.plusDays(DAYS - 1L).toString(), null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> runs = List.of(
                () -> {
                    start.await();
                    return executorA.report.run(range, new JobContext(a, RunLog.NONE));
                },
                () -> {
                    start.await();
                    return executorB.report.run(range, new JobContext(b, RunLog.NONE));
                });
        List<Future<String>> futures = runs.stream().map(pool::submit).toList();
        start.countDown();
        List<String> summaries = new ArrayList<>();
        for (Future<String> future : futures) {
            summaries.add(future.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return summaries;
    }

    private void assertEveryEntryCheckedOnceAndEveryDayFinished() {
        assertThat(checks).hasSize(DAYS * PER_DAY);
        assertThat(checks.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(db.count("SELECT COUNT(*) FROM entry_report_claim WHERE finished_at IS NOT NULL")).isEqualTo(DAYS);
        assertThat(db.count("SELECT COUNT(*) FROM entry_finding")).isEqualTo(DAYS * 4);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
