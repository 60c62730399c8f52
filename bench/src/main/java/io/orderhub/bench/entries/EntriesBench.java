package io.orderhub.bench.entries;

import io.orderhub.report.JobReportApplication;
import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import io.orderhub.report.entry.SkuDefinition;
import io.orderhub.report.entry.intake.IntakeStore;
import io.orderhub.report.entry.report.EntryDayCheck;
import io.orderhub.report.entry.report.EntryReportPage;
import io.orderhub.report.entry.report.EntryReportTables;
import io.orderhub.report.entry.report.EntryReportWriter;
import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.rule.OrderLineSkus;
import io.orderhub.report.entry.sku.PairwiseNearCodes;
import io.orderhub.report.entry.sku.SkuCatalogue;
import io.orderhub.report.entry.sku.SkuCatalogues;
import io.orderhub.report.entry.source.EntrySource;
import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.publish.EchartsLibrary;
import io.orderhub.report.store.ReportStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.ITemplateEngine;

/**
 * {@code bench/run entries}, the in-process part: the entry rules as the nightly job runs them (chunks of 1,000
 * entries, order lines read per chunk from MariaDB), the nightly day check and report (findings written to
 * {@code entry_finding} as found, the report files written by streaming) with its peak heap, and the same rules with
 * a pairwise fuzzy lookup on a sample. It leaves the SKU master in {@code entry_sku} and the order lines in
 * {@code order_line} of its schema, so job-report started as deployed on that schema serves the check API that
 * {@link EntryApiLoad} (another JVM) measures. Prints {@code key=value} lines.
 *
 * <p>Arguments: {@code --entries=N --skus=M --sample=S --db-url=jdbc:… --db-user=… --db-password=…}; with
 * {@code --api-only} it only leaves the SKU master and the order lines behind (for the check API's measurement).
 */
public final class EntriesBench {

    static final int CHUNK = 1_000;
    private static final int SKU_WRITE_BATCH = 5_000;
    private static final ZoneOffset GMT8 = ZoneOffset.ofHours(8);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        int entries = Integer.parseInt(options.getOrDefault("entries", "1000000"));
        int skuCount = Integer.parseInt(options.getOrDefault("skus", "200000"));
        int sample = Math.min(entries, Integer.parseInt(options.getOrDefault("sample", "2000")));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        SyntheticSkuMaster master = new SyntheticSkuMaster(skuCount, SyntheticSkuMaster.SEED);
        try (ConfigurableApplicationContext report = start(options)) {
            LocalDate today = LocalDate.now(report.getBean(Clock.class).withZone(GMT8));
            SyntheticEntries generator = new SyntheticEntries(master.load(), today, SyntheticSkuMaster.SEED);
            JdbcTemplate jdbc = report.getBean(JdbcTemplate.class);
            seedOrders(jdbc, generator);
            writeSkuMaster(new IntakeStore(jdbc), master);
            if (options.containsKey("api-only")) {
                return;
            }
            EntryRules rules = report.getBean(EntryRules.class);

            long buildStarted = System.nanoTime();
            SkuCatalogue catalogue = report.getBean(SkuCatalogues.class).refresh();
            print("catalogue_build_ms", (System.nanoTime() - buildStarted) / 1_000_000);

            long checking = 0;
            long withFindings = 0;
            long findings = 0;
            for (int chunk = 0; chunk * CHUNK < entries; chunk++) {
                List<Entry> batch = generator.chunk(chunk, Math.min(CHUNK, entries - chunk * CHUNK));
                long started = System.nanoTime();
                List<List<EntryFinding>> found = rules.checkAll(batch, catalogue);
                checking += System.nanoTime() - started;
                for (List<EntryFinding> one : found) {
                    withFindings += one.isEmpty() ? 0 : 1;
                    findings += one.size();
                }
            }
            print("entries", entries);
            print("skus", skuCount);
            print("entries_per_s", Math.round(entries / (checking / 1e9)));
            print("entries_with_findings", withFindings);
            print("findings", findings);
            print("order_line_lookup_ms", orderLineLookupMs(report.getBean(OrderLineSkus.class), generator, entries));
            catalogue = null; // the nightly run builds its own catalogue: this one must not stay alive beside it
            nightly(report, rules, generator, entries, today);

            SkuCatalogue nightlyCatalogue = report.getBean(SkuCatalogues.class).current();
            List<Entry> sampled = generator.chunk(1_000_000, sample);
            long indexed = timeNanos(() -> rules.checkAll(sampled, nightlyCatalogue));
            SkuCatalogue pairwise = nightlyCatalogue.withNearCodes(codes -> new PairwiseNearCodes(codes, 2));
            List<List<EntryFinding>> pairwiseFound = new ArrayList<>();
            long scanned = timeNanos(() -> pairwiseFound.addAll(rules.checkAll(sampled, pairwise)));
            print("sample_entries", sample);
            print("sample_unknown_sku", pairwiseFound.stream().flatMap(List::stream)
                    .filter(f -> f.type() == EntryFindingType.UNKNOWN_SKU).count());
            print("sample_same_findings", rules.checkAll(sampled, nightlyCatalogue).equals(pairwiseFound));
            print("indexed_per_s", Math.round(sample / (indexed / 1e9)));
            print("pairwise_per_s", Math.round(sample / (scanned / 1e9)));
            print("fuzzy_ratio", String.format("%.1f", (double) scanned / indexed));
            printLookupRatio(sampled, nightlyCatalogue, pairwise);
        }
    }

    /**
     * The nightly path of one day as {@code entryErrorReport} runs it after the intake: the day's entries streamed
     * through the rules with findings written to {@code entry_finding} as found, then the HTML, XLSX and CSV files
     * written from the tables (the full list in pages). {@code peak_heap_mb} is the heap's peak from here on, so it
     * shows whether memory grows with the day's findings.
     */
    private static void nightly(ConfigurableApplicationContext report, EntryRules rules, SyntheticEntries generator,
            int entries, LocalDate today) throws Exception {
        JdbcTemplate jdbc = report.getBean(JdbcTemplate.class);
        EntrySource day = new EntrySource() {
            @Override
            public String name() {
                return "bench";
            }

            @Override
            public void read(LocalDateTime from, LocalDateTime to, Consumer<Entry> sink) {
                for (int chunk = 0; chunk * CHUNK < entries; chunk++) {
                    generator.chunk(chunk, Math.min(CHUNK, entries - chunk * CHUNK)).forEach(sink);
                }
            }
        };
        LocalDateTime now = LocalDateTime.now(report.getBean(Clock.class).withZone(GMT8));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        EntryDayCheck.DayResult result = new EntryDayCheck(jdbc, rules).check(today, List.of(day), now);
        long checked = System.nanoTime();
        EntryReportWriter writer = new EntryReportWriter(new EntryReportTables(jdbc),
                new EntryReportPage(report.getBean(ITemplateEngine.class), report.getBean(EchartsLibrary.class)),
                report.getBean(ReportStore.class), report.getBean(ReportTableFiles.class));
        writer.write(result, now, (pattern, args) -> { });
        long written = System.nanoTime();
        print("nightly_findings", result.findings());
        print("nightly_check_ms", (checked - started) / 1_000_000);
        print("nightly_report_ms", (written - checked) / 1_000_000);
        print("peak_heap_mb", peakHeapMb());
    }

    /**
     * The synthetic master into {@code entry_sku}, where job-report's own SKU master source reads it, in batches: the
     * catalogue built from that table is the one full SKU master this JVM holds.
     */
    private static void writeSkuMaster(IntakeStore store, SyntheticSkuMaster master) {
        List<SkuDefinition> skus = master.load();
        for (int from = 0; from < skus.size(); from += SKU_WRITE_BATCH) {
            store.upsertSkus(skus.subList(from, Math.min(skus.size(), from + SKU_WRITE_BATCH)), "bench-sku-master");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> options) throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", options.getOrDefault("db-url",
                "jdbc:mariadb://127.0.0.1:3306/oms_bench_entries?createDatabaseIfNotExist=true"));
        properties.put("spring.datasource.username", options.getOrDefault("db-user", "root"));
        properties.put("spring.datasource.password", options.getOrDefault("db-password", ""));
        properties.put("spring.flyway.enabled", "true");
        properties.put("spring.main.keep-alive", "false");
        properties.put("management.server.port", "-1");
        properties.put("oms.xxl.enabled", "false");
        properties.put("oms.report.directory", Files.createTempDirectory("oms-bench-reports").toString());
        properties.put("oms.report.downloads.signing-key", "env:OMS_BENCH_REPORT_LINK_KEY");
        properties.put("OMS_BENCH_REPORT_LINK_KEY", randomHex());
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.io.orderhub", "WARN");
        // No web server here (the bench's application.yml): the check API is measured on job-report as deployed.
        return new SpringApplicationBuilder(JobReportApplication.class)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("entries-bench", properties)))
                .run();
    }

    /**
     * How much of the nightly time the order-line reads take: the same reads (one per chunk, the outbound entries'
     * orders) again, timed alone.
     */
    private static long orderLineLookupMs(OrderLineSkus orderLines, SyntheticEntries generator, int entries) {
        long nanos = 0;
        for (int chunk = 0; chunk * CHUNK < entries; chunk++) {
            List<String> orderNos = generator.chunk(chunk, Math.min(CHUNK, entries - chunk * CHUNK)).stream()
                    .filter(e -> e.orderNo() != null).map(Entry::orderNo).toList();
            long started = System.nanoTime();
            orderLines.of(orderNos);
            nanos += System.nanoTime() - started;
        }
        return nanos / 1_000_000;
    }

    private static void seedOrders(JdbcTemplate jdbc, SyntheticEntries generator) {
        jdbc.update("DELETE FROM order_line WHERE order_no LIKE 'BENCH-SO-%'");
        List<Object[]> rows = new ArrayList<>();
        for (int order = 0; order < SyntheticEntries.ORDERS; order++) {
            for (int line = 1; line <= 2; line++) {
                rows.add(new Object[] {SyntheticEntries.orderNo(order), line,
                        generator.orderLineSku(order, line).code()});
            }
        }
        jdbc.batchUpdate("INSERT INTO order_line (order_no, line_no, sku, quantity, unit_price, refund_state)"
                + " VALUES (?, ?, ?, 1, 1.00, 'NONE')", rows);
    }

    /**
     * The fuzzy lookup alone, on the sample's codes that are no SKU: {@code fuzzy_lookup_ratio} = indexed ÷ pairwise
     * rate of {@code closest}, without the rest of the rules (order-line reads among them) that both runs of
     * {@code fuzzy_ratio} share.
     */
    private static void printLookupRatio(List<Entry> sampled, SkuCatalogue indexed, SkuCatalogue pairwise) {
        List<String> unknown = sampled.stream().map(Entry::skuCode)
                .filter(code -> code != null && indexed.byCode(code).isEmpty()).toList();
        List<List<String>> found = new ArrayList<>();
        long indexedNanos = timeNanos(() -> unknown.forEach(code -> found.add(indexed.closest(code, 5))));
        List<List<String>> foundPairwise = new ArrayList<>();
        long pairwiseNanos = timeNanos(() -> unknown.forEach(code -> foundPairwise.add(pairwise.closest(code, 5))));
        print("sample_lookups", unknown.size());
        print("sample_same_suggestions", found.equals(foundPairwise));
        print("fuzzy_lookup_ratio", String.format("%.1f", (double) pairwiseNanos / Math.max(1, indexedNanos)));
    }

    private static long timeNanos(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private static String randomHex() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
