package io.orderhub.bench.entries;

import io.orderhub.report.JobReportApplication;
import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.rule.EntryRules;
import io.orderhub.report.entry.rule.OrderLineSkus;
import io.orderhub.report.entry.sku.PairwiseNearCodes;
import io.orderhub.report.entry.sku.SkuCatalogue;
import io.orderhub.report.entry.sku.SkuCatalogues;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run entries}: the entry rules as the nightly job runs them (chunks of 1,000 entries, order lines read
 * per chunk from MariaDB), the same rules with a pairwise fuzzy lookup on a sample, and the check API under
 * concurrent clients against job-report's real HTTP server, all in this JVM. Prints {@code key=value} lines.
 *
 * <p>Arguments: {@code --entries=N --skus=M --sample=S --clients=C --api-seconds=T --db-url=jdbc:… --db-user=…
 * --db-password=…}.
 */
public final class EntriesBench {

    static final int CHUNK = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        int entries = Integer.parseInt(options.getOrDefault("entries", "1000000"));
        int skuCount = Integer.parseInt(options.getOrDefault("skus", "200000"));
        int sample = Math.min(entries, Integer.parseInt(options.getOrDefault("sample", "2000")));
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        int apiSeconds = Integer.parseInt(options.getOrDefault("api-seconds", "15"));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        SyntheticSkuMaster master = new SyntheticSkuMaster(skuCount, 17);
        String token = randomHex();
        try (ConfigurableApplicationContext report = start(options, master, token)) {
            SyntheticEntries generator = new SyntheticEntries(master.load(),
                    LocalDate.now(report.getBean(Clock.class)), 17);
            seedOrders(report.getBean(JdbcTemplate.class), generator);
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
            print("peak_heap_mb", peakHeapMb());
            print("order_line_lookup_ms", orderLineLookupMs(report.getBean(OrderLineSkus.class), generator, entries));

            List<Entry> sampled = generator.chunk(1_000_000, sample);
            long indexed = timeNanos(() -> rules.checkAll(sampled, catalogue));
            SkuCatalogue pairwise = new SkuCatalogue(master.load(), codes -> new PairwiseNearCodes(codes, 2));
            List<List<EntryFinding>> pairwiseFound = new ArrayList<>();
            long scanned = timeNanos(() -> pairwiseFound.addAll(rules.checkAll(sampled, pairwise)));
            print("sample_entries", sample);
            print("sample_unknown_sku", pairwiseFound.stream().flatMap(List::stream)
                    .filter(f -> f.type() == io.orderhub.report.entry.EntryFindingType.UNKNOWN_SKU).count());
            print("sample_same_findings", rules.checkAll(sampled, catalogue).equals(pairwiseFound));
            print("indexed_per_s", Math.round(sample / (indexed / 1e9)));
            print("pairwise_per_s", Math.round(sample / (scanned / 1e9)));
            print("fuzzy_ratio", String.format("%.1f", (double) scanned / indexed));

            apiLatency(((WebServerApplicationContext) report).getWebServer().getPort(), token, generator,
                    clients, apiSeconds);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> options, SyntheticSkuMaster master,
            String token) throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", options.getOrDefault("db-url",
                "jdbc:mariadb://127.0.0.1:3306/oms_bench_entries?createDatabaseIfNotExist=true"));
        properties.put("spring.datasource.username", options.getOrDefault("db-user", "root"));
        properties.put("spring.datasource.password", options.getOrDefault("db-password", ""));
        properties.put("spring.flyway.enabled", "true");
        properties.put("spring.main.keep-alive", "false");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", "0");
        properties.put("management.server.port", "-1");
        properties.put("oms.xxl.enabled", "false");
        properties.put("oms.report.directory", Files.createTempDirectory("oms-bench-reports").toString());
        properties.put("oms.report.downloads.signing-key", "env:OMS_BENCH_REPORT_LINK_KEY");
        properties.put("OMS_BENCH_REPORT_LINK_KEY", randomHex());
        properties.put("oms.entries.api.enabled", "true");
        properties.put("oms.entries.api.bearer-token", "env:OMS_BENCH_ENTRIES_API_TOKEN");
        properties.put("OMS_BENCH_ENTRIES_API_TOKEN", token);
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.io.orderhub", "WARN");
        // The bench's own application.yml turns the web server off; the check API is measured on the real one.
        return new SpringApplicationBuilder(JobReportApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(context -> {
                    context.getEnvironment().getPropertySources()
                            .addFirst(new MapPropertySource("entries-bench", properties));
                    context.getBeanFactory().registerSingleton("skuMasterSource", master);
                })
                // As an argument: spring.main.* from a file would otherwise override the builder's choice.
                .run("--spring.main.web-application-type=servlet");
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

    /** Single-entry requests from {@code clients} threads: 3 s of warm-up, then {@code seconds} measured. */
    private static void apiLatency(int port, String token, SyntheticEntries generator, int clients, int seconds)
            throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Entry entry : generator.chunk(2_000_000, 5_000)) {
            bodies.add(JSON.writeValueAsString(json(entry)));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/entries/check");
        Histogram latencies = new Histogram(60_000_000_000L, 3);
        AtomicLong failures = new AtomicLong();
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                Histogram mine = new Histogram(60_000_000_000L, 3);
                for (int i = client; System.nanoTime() < end; i += clients) {
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                            .build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    long finished = System.nanoTime();
                    if (started >= warmUpEnd) {
                        mine.recordValue(finished - started);
                    }
                }
                synchronized (latencies) {
                    latencies.add(mine);
                }
            }, "entries-api-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        print("api_clients", clients);
        print("api_requests", latencies.getTotalCount());
        print("api_requests_per_s", Math.round(latencies.getTotalCount() / (double) seconds));
        print("api_non_200", failures.get());
        print("api_p50_ms", String.format("%.2f", latencies.getValueAtPercentile(50) / 1e6));
        print("api_p99_ms", String.format("%.2f", latencies.getValueAtPercentile(99) / 1e6));
    }

    private static Map<String, Object> json(Entry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", entry.entryId());
        body.put("source", entry.source());
        body.put("operator", entry.operator());
        body.put("skuCode", entry.skuCode());
        body.put("quantity", entry.quantity());
        body.put("unit", entry.unit());
        body.put("batchNo", entry.batchNo());
        body.put("productionDate", entry.productionDate() == null ? null : entry.productionDate().toString());
        body.put("expiryDate", entry.expiryDate() == null ? null : entry.expiryDate().toString());
        body.put("warehouse", entry.warehouse());
        body.put("orderNo", entry.orderNo());
        body.put("confirmed", entry.confirmed());
        return body;
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
