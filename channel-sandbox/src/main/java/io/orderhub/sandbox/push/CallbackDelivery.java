package io.orderhub.sandbox.push;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages to the receiver: a delay queue ordered by (due time, submission order), {@code concurrency} sender
 * threads, one pacing gate ({@code messagesPerSecond}), and each target's retry schedule on a non-acknowledging
 * answer or a connection failure, always with the same message id. Messages are kept (with their delivery record)
 * for the truth endpoint; a message id is accepted once, so replaying the same events does not send twice.
 */
public final class CallbackDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackDelivery.class);

    private final Clock wallClock;
    private final DelayQueue<Scheduled> queue = new DelayQueue<>();
    private final Map<String, OutboundMessage> messages = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SplittableRandom faultRandom;
    private final Object paceLock = new Object();
    private final LongAdder sent = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder failedAttempts = new LongAdder();
    private final LongAdder abandoned = new LongAdder();
    private final LongAdder duplicated = new LongAdder();
    private final LongAdder reordered = new LongAdder();
    private final Map<String, LongAdder[]> byAlgorithm = new ConcurrentHashMap<>();
    private volatile PushSettings settings;
    private volatile OkHttpClient http;
    private long nextSlotNanos;
    private ExecutorService workers;
    private volatile int generation;
    private volatile boolean closed;

    public CallbackDelivery(PushSettings settings, Clock wallClock, long seed) {
        this.wallClock = wallClock;
        this.faultRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
        settings(settings);
    }

    public PushSettings settings() {
        return settings;
    }

    /** Takes effect for the next attempt; a new concurrency from the next {@link #start()}. */
    public synchronized void settings(PushSettings next) {
        this.settings = next;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofMillis(next.requestTimeoutMillis()))
                .readTimeout(Duration.ofMillis(next.requestTimeoutMillis()))
                .writeTimeout(Duration.ofMillis(next.requestTimeoutMillis()))
                .retryOnConnectionFailure(false)
                .socketFactory(new NoDelaySockets())
                .build();
    }

    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("push delivery is closed");
        }
        if (workers != null) {
            return;
        }
        int current = ++generation;
        int threads = settings.concurrency();
        workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-push");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            workers.execute(() -> work(current));
        }
    }

    /** Pauses sending: attempts in flight finish, queued messages and retries wait for the next start. */
    public synchronized void stop() {
        if (workers != null) {
            generation++;
            workers.shutdown();
            workers = null;
        }
    }

    public synchronized boolean running() {
        return workers != null;
    }

    /** Queues a message unless one with the same id exists; returns whether it was new. */
    public boolean submit(OutboundMessage message) {
        synchronized (messages) {
            if (messages.putIfAbsent(message.messageId(), message) != null) {
                return false;
            }
        }
        long delayNanos = 0;
        if (draw(settings.outOfOrderRate())) {
            // Held back behind a few later messages: at least three pacing slots, at least 50 ms.
            double rate = settings.messagesPerSecond();
            delayNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(50), rate > 0 ? (long) (3e9 / rate) : 0);
            reordered.increment();
        }
        queue.add(new Scheduled(message, System.nanoTime() + delayNanos, sequence.incrementAndGet(), false));
        return true;
    }

    /** Records a message that is deliberately never sent (state SUPPRESSED), for the truth. */
    public boolean suppress(OutboundMessage message) {
        message.state(MessageState.SUPPRESSED);
        synchronized (messages) {
            return messages.putIfAbsent(message.messageId(), message) == null;
        }
    }

    public Optional<OutboundMessage> message(String messageId) {
        synchronized (messages) {
            return Optional.ofNullable(messages.get(messageId));
        }
    }

    /** All messages in submission order. */
    public List<OutboundMessage> messages() {
        synchronized (messages) {
            return new ArrayList<>(messages.values());
        }
    }

    /** One attempt outside the queue (forged notices): no retry, no record. */
    public Answer sendOnce(WireRequest wire) {
        Answer answer = send(wire);
        sent.increment();
        algorithm(wire.signAlgorithm())[0].increment();
        return answer;
    }

    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        long pending = 0;
        long suppressed = 0;
        long total = 0;
        for (OutboundMessage message : messages()) {
            MessageState state = message.state();
            if (state == MessageState.SUPPRESSED) {
                suppressed++;
            } else {
                total++;
                if (state.pending()) {
                    pending++;
                }
            }
        }
        stats.put("running", running());
        stats.put("messages", total);
        stats.put("sent", sent.sum());
        stats.put("acknowledged", acknowledged.sum());
        stats.put("retried", retried.sum());
        stats.put("failedAttempts", failedAttempts.sum());
        stats.put("pending", pending);
        stats.put("abandoned", abandoned.sum());
        stats.put("duplicated", duplicated.sum());
        stats.put("reordered", reordered.sum());
        stats.put("suppressed", suppressed);
        Map<String, Object> algorithms = new TreeMap<>();
        byAlgorithm.forEach((name, counters) -> algorithms.put(name,
                Map.of("sent", counters[0].sum(), "acknowledged", counters[1].sum())));
        stats.put("byAlgorithm", algorithms);
        return stats;
    }

    @Override
    public void close() {
        closed = true;
        stop();
    }

    private void work(int myGeneration) {
        while (!closed && generation == myGeneration) {
            Scheduled next;
            try {
                next = queue.poll(50, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (closed || generation != myGeneration) {
                    queue.add(next);
                    return;
                }
                pace();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            attempt(next);
        }
    }

    private void attempt(Scheduled scheduled) {
        OutboundMessage message = scheduled.message();
        WireRequest wire;
        try {
            wire = message.composer().compose(message, wallClock.instant());
        } catch (RuntimeException e) {
            // A message that cannot be rendered would fail the same way on every retry.
            LOG.warn("push message {} cannot be rendered, abandoned: {}", message.messageId(), e.toString());
            message.state(MessageState.ABANDONED);
            abandoned.increment();
            return;
        }
        int attempt;
        if (scheduled.duplicate()) {
            attempt = message.attempts();
        } else {
            message.state(MessageState.IN_FLIGHT);
            attempt = message.recordAttempt(wire.signAlgorithm(), wire);
            if (attempt > 1) {
                retried.increment();
            }
        }
        LongAdder[] algorithm = algorithm(wire.signAlgorithm());
        Answer answer = send(wire);
        sent.increment();
        algorithm[0].increment();
        boolean acked = answer.httpStatus() > 0 && message.composer().acknowledges(answer.httpStatus(), answer.body());
        message.recordAnswer(answer.httpStatus(), acked);
        if (scheduled.duplicate()) {
            return;
        }
        if (acked) {
            message.state(MessageState.ACKNOWLEDGED);
            acknowledged.increment();
            algorithm[1].increment();
            if (draw(settings.duplicateRate())) {
                duplicated.increment();
                queue.add(new Scheduled(message, System.nanoTime(), sequence.incrementAndGet(), true));
            }
            return;
        }
        failedAttempts.increment();
        if (attempt >= message.target().maxAttempts()) {
            message.state(MessageState.ABANDONED);
            abandoned.increment();
            return;
        }
        message.state(MessageState.RETRY_WAIT);
        Duration delay = message.target().retryDelays().get(attempt - 1);
        long scaled = (long) (delay.toNanos() * settings.timeFactor());
        queue.add(new Scheduled(message, System.nanoTime() + scaled, sequence.incrementAndGet(), false));
    }

    private Answer send(WireRequest wire) {
        Request.Builder request = new Request.Builder().url(wire.url())
                .post(RequestBody.create(wire.body(), MediaType.get(wire.contentType())));
        wire.headers().forEach(request::header);
        try (Response response = http.newCall(request.build()).execute()) {
            ResponseBody body = response.body();
            return new Answer(response.code(), body == null ? "" : body.string());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        }
    }

    private void pace() throws InterruptedException {
        double rate = settings.messagesPerSecond();
        if (rate <= 0) {
            return;
        }
        long interval = (long) (1e9 / rate);
        long slot;
        synchronized (paceLock) {
            slot = Math.max(System.nanoTime(), nextSlotNanos);
            nextSlotNanos = slot + interval;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private boolean draw(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (faultRandom) {
            return faultRandom.nextDouble() < rate;
        }
    }

    private LongAdder[] algorithm(String name) {
        return byAlgorithm.computeIfAbsent(name, n -> new LongAdder[] {new LongAdder(), new LongAdder()});
    }

    /** The receiver's answer; {@code httpStatus} -1 = no answer (connection failure or timeout). */
    public record Answer(int httpStatus, String body) {
    }

    private record Scheduled(OutboundMessage message, long dueNanos, long seq, boolean duplicate) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Scheduled that = (Scheduled) other;
            int byDue = Long.compare(dueNanos, that.dueNanos);
            return byDue != 0 ? byDue : Long.compare(seq, that.seq);
        }
    }
}
