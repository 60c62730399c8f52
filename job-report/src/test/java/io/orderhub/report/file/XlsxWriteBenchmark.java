package io.orderhub.report.file;

import static io.orderhub.report.file.ReportTable.CellType.DATE;
import static io.orderhub.report.file.ReportTable.CellType.DURATION_SECONDS;
import static io.orderhub.report.file.ReportTable.CellType.INTEGER;
import static io.orderhub.report.file.ReportTable.CellType.PERCENT;
import static io.orderhub.report.file.ReportTable.CellType.TEXT;

import io.orderhub.report.file.ReportTable.ReportColumn;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code bench/run xlsx --rows=N}: writes one N-row table shaped like the daily indicators (a Chinese shop name,
 * a date, counts, rates, durations) through {@link XlsxReportWriter} into a file, rows generated as they are
 * written (as from a cursor), and prints {@code xlsx_rows}, {@code xlsx_ms}, {@code xlsx_bytes}, {@code peak_heap_mb}
 * (the heap pools' peak usage over the run). A test-source tool, not a test: it runs with job-report's classes.
 */
public final class XlsxWriteBenchmark {

    private XlsxWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].matches("[1-9][0-9]{0,6}")) {
            System.err.println("usage: XlsxWriteBenchmark <rows, 1.." + XlsxReportWriter.MAX_DATA_ROWS + ">");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        if (rows > XlsxReportWriter.MAX_DATA_ROWS) {
            System.err.println("rows: at most " + XlsxReportWriter.MAX_DATA_ROWS + " fit one sheet; was " + rows);
            System.exit(2);
        }
        ReportTable table = new ReportTable("daily-indicators", List.of(new ReportColumn("day", DATE),
                new ReportColumn("channel", TEXT), new ReportColumn("shop", TEXT), new ReportColumn("orders", INTEGER),
                new ReportColumn("on-time shipping rate", PERCENT), new ReportColumn("exception orders", INTEGER),
                new ReportColumn("paid→shipped p50", DURATION_SECONDS),
                new ReportColumn("paid→shipped p95", DURATION_SECONDS)), () -> new GeneratedRows(rows));
        Path file = Files.createTempFile("xlsx-bench-", ".xlsx");
        try {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                new XlsxReportWriter().write(List.of(table), out);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.println("xlsx_rows=" + rows);
            System.out.println("xlsx_ms=" + millis);
            System.out.println("xlsx_bytes=" + Files.size(file));
            System.out.println("peak_heap_mb=" + peak / (1024 * 1024));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Rows made on demand: shop i of 500, a day of 30, counts and durations varying with i. */
    private static final class GeneratedRows implements Iterator<List<?>> {

        private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);
        private final int rows;
        private int next;

        GeneratedRows(int rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return next < rows;
        }

        @Override
        public List<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = next++;
            return List.of(FIRST_DAY.plusDays(i % 30), i % 4 == 0 ? "taobao" : "jd", "旗舰店-" + (i % 500),
                    100 + i % 900, 0.9 + (i % 100) / 1000.0, i % 17, 3600 + i % 7200, 20_000 + i % 50_000);
        }
    }
}
