package io.orderhub.bench.entries;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.SkuDefinition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run entries}, the load generator: its own JVM, so the clients' threads never compete with the
 * server's inside one heap and one scheduler. {@code --clients} clients, each a thread with its own OkHttp client
 * and one keep-alive connection (connections opened are counted), send one entry per request: the synthetic
 * entries of {@link SyntheticEntries} against the same SKU master the server loaded (same seed and size), clean
 * ones and about 8 % with a typical mistake, mistyped codes among them (unknown SKUs, answered with fuzzy
 * suggestions). A warm-up, then the timed phase.
 *
 * <p>Each client sends at {@code --rate-per-client} requests per second on a fixed schedule, and a request's
 * latency is counted from when it was due, not from when it was sent: a server that stalls is charged for the
 * requests that queued behind the stall (no coordinated omission). {@code --rate-per-client=0} sends back to back
 * (each client waits for its answer, then sends the next), which measures the throughput ceiling instead.
 *
 * <p>Arguments: {@code --url=http://127.0.0.1:8083/entries/check --skus=M --clients=50 --warm-up-seconds=5
 * --seconds=15 --rate-per-client=10}; the bearer token from {@code OMS_BENCH_ENTRIES_API_TOKEN} (never an argument:
 * arguments show in process lists). Prints {@code api_*} {@code key=value} lines.
 */
public final class EntryApiLoad {

    static final int BODIES = 5_000;
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);

    private EntryApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        String url = required(options, "url");
        String token = System.getenv("OMS_BENCH_ENTRIES_API_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("OMS_BENCH_ENTRIES_API_TOKEN is not set: the check API's bearer token");
        }
        int skus = Integer.parseInt(required(options, "skus"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        int warmUpSeconds = Integer.parseInt(options.getOrDefault("warm-up-seconds", "5"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        double ratePerClient = Double.parseDouble(options.getOrDefault("rate-per-client", "10"));

        List<SkuDefinition> master = new SyntheticSkuMaster(skus, SyntheticSkuMaster.SEED).load();
        List<Entry> entries = new SyntheticEntries(master, LocalDate.now(ZoneOffset.ofHours(8)),
                SyntheticSkuMaster.SEED).chunk(2_000_000, BODIES);
        Set<String> codes = master.stream().map(SkuDefinition::code).collect(Collectors.toSet());
        List<byte[]> bodies = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            bodies.add(JSON.writeValueAsBytes(json(entry)));
        }
        print("api_bodies", bodies.size());
        print("api_bodies_unknown_code", entries.stream().filter(e -> !codes.contains(e.skuCode())).count());

        Load load = new Load(url, "Bearer " + token, bodies, clients, ratePerClient,
                System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds), TimeUnit.SECONDS.toNanos(seconds));
        load.run();
        if (load.clientsFailed.get() > 0) {
            // their latencies are lost: figures from the others would look better than the server was
            throw new IllegalStateException(load.clientsFailed.get() + " of " + clients + " clients failed (above)");
        }
        Histogram latencies = load.latencies;
        print("api_clients", clients);
        print("api_rate_per_client", ratePerClient == 0 ? "back-to-back" : ratePerClient);
        print("api_connections_opened", load.connections.get());
        print("api_requests_sent", load.sent.get()); // warm-up included
        print("api_requests", latencies.getTotalCount());
        // Past the timed phase's end when the server fell behind the schedule (the latencies then include the queue);
        // the rate is the one achieved: the timed requests over the time until the last answer.
        double answeredWithin = Math.max(seconds, (load.lastAnswer.get() - load.timedFrom) / 1e9);
        print("api_last_answer_after_s", String.format("%.1f", answeredWithin));
        print("api_requests_per_s", Math.round(latencies.getTotalCount() / answeredWithin));
        print("api_non_200", load.non200.get());
        print("api_io_errors", load.ioErrors.get());
        print("api_p50_ms", millis(latencies.getValueAtPercentile(50)));
        print("api_p99_ms", millis(latencies.getValueAtPercentile(99)));
        print("api_p999_ms", millis(latencies.getValueAtPercentile(99.9)));
        print("api_max_ms", millis(latencies.getMaxValue()));
    }

    /** The clients of one run; each records into its own histogram, merged at the end. */
    private static final class Load {
        private final String url;
        private final String authorization;
        private final List<byte[]> bodies;
        private final int clients;
        private final long intervalNanos;
        private final long timedFrom;
        private final long end;
        private final Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
        private final AtomicLong connections = new AtomicLong();
        private final AtomicLong non200 = new AtomicLong();
        private final AtomicLong ioErrors = new AtomicLong();
        private final AtomicLong lastAnswer = new AtomicLong();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong clientsFailed = new AtomicLong();

        Load(String url, String authorization, List<byte[]> bodies, int clients, double ratePerClient, long timedFrom,
                long timedNanos) {
            this.url = url;
            this.authorization = authorization;
            this.bodies = bodies;
            this.clients = clients;
            this.intervalNanos = ratePerClient == 0 ? 0 : Math.round(1e9 / ratePerClient);
            this.timedFrom = timedFrom;
            this.end = timedFrom + timedNanos;
        }

        void run() throws InterruptedException {
            List<Thread> threads = new ArrayList<>(clients);
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                // Staggered: the clients' schedules are spread over one interval, not fired together.
                long first = start + (intervalNanos * client) / clients;
                Thread thread = new Thread(() -> client(client, first), "entries-api-client-" + c);
                thread.setUncaughtExceptionHandler((failed, e) -> {
                    clientsFailed.incrementAndGet();
                    System.err.println(failed.getName() + " failed: " + e);
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }

        private void client(int client, long first) {
            OkHttpClient http = new OkHttpClient.Builder()
                    .connectionPool(new ConnectionPool(1, 5, TimeUnit.MINUTES))
                    .retryOnConnectionFailure(false)
                    .callTimeout(30, TimeUnit.SECONDS)
                    .eventListener(new EventListener() {
                        @Override
                        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                            connections.incrementAndGet();
                        }
                    })
                    .build();
            Histogram mine = new Histogram(HIGHEST_NANOS, 3);
            long due = first;
            for (int i = client; ; i += clients) {
                if (intervalNanos > 0) {
                    // parkNanos may return early: a request sent before it was due had a negative latency, which
                    // the histogram refused by throwing, ending the client and losing its latencies
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                } else {
                    due = System.nanoTime();
                }
                if (due >= end) {
                    break;
                }
                send(http, bodies.get(i % bodies.size()));
                sent.incrementAndGet();
                if (due >= timedFrom) {
                    mine.recordValue(Math.min(System.nanoTime() - due, HIGHEST_NANOS));
                }
                due += intervalNanos;
            }
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            http.connectionPool().evictAll();
            synchronized (latencies) {
                latencies.add(mine);
            }
        }

        private void send(OkHttpClient http, byte[] body) {
            Request request = new Request.Builder().url(url).header("Authorization", authorization)
                    .post(RequestBody.create(body, JSON_TYPE)).build();
            try (Response response = http.newCall(request).execute()) {
                response.body().bytes(); // read to the end, so the connection is reused
                if (response.code() != 200) {
                    non200.incrementAndGet();
                }
            } catch (IOException e) {
                ioErrors.incrementAndGet();
            }
        }
    }

    static Map<String, Object> json(Entry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", entry.entryId());
        body.put("source", entry.source());
        body.put("documentNo", entry.documentNo());
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

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String millis(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
