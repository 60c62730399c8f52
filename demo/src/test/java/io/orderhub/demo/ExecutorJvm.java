package io.orderhub.demo;

import io.orderhub.common.testing.JarProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One executor JVM of the packaged {@code demo.jar} (the real job-sync executor plus the sandbox wiring), with its
 * XXL-JOB endpoint on a port of its own, driven the way the admin drives it: {@code POST /run} with the admin's
 * trigger JSON and the {@code XXL-JOB-ACCESS-TOKEN} header, then {@code /idleBeat} until the job thread is idle.
 * Its console output and its XXL-JOB job logs go under its own directory.
 */
final class ExecutorJvm {

    /** One line of a shop's outcome in the job log, as ChannelOrderSync writes it (ShopSyncReport.summary). */
    private static final Pattern SHOP_OUTCOME = Pattern.compile(
            "\\b(TAOBAO|JD|DOUYIN|PDD)/(\\S+) (SUCCEEDED|FAILED|SKIPPED_LEASED|STOPPED)\\b");
    private static final String RUN_END = "xxl-job job execute end(";
    /** A job as the admin knows it: its id (one job thread per id on the executor) and its handler. */
    record Job(int id, String handler) {
    }

    static final Job CHANNEL_ORDER_SYNC = new Job(1, "channelOrderSync");
    static final Job INBOX_DRAIN = new Job(2, "inboxDrain");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int xxlPort;
    private final String accessToken;
    private final Path directory;

    private ExecutorJvm(String name, Process process, int xxlPort, String accessToken, Path directory) {
        this.name = name;
        this.process = process;
        this.xxlPort = xxlPort;
        this.accessToken = accessToken;
        this.directory = directory;
    }

    /**
     * Starts {@code demo.jar} with the given arguments plus its own XXL-JOB port, token and log path, and its HTTP
     * server (callbacks) on {@code httpPort}; {@code environment} is added to the process's (secret variables).
     */
    static ExecutorJvm start(String name, Path workDir, String accessToken, int httpPort, List<String> arguments,
            Map<String, String> environment) {
        try {
            Path directory = Files.createDirectories(workDir.resolve(name));
            int xxlPort = freePort();
            List<String> all = new ArrayList<>(arguments);
            all.add("--oms.xxl.port=" + xxlPort);
            all.add("--oms.xxl.access-token=" + accessToken);
            all.add("--oms.xxl.log-path=" + directory.resolve("xxl-job"));
            all.add("--server.port=" + httpPort);
            all.add("--management.server.port=0"); // several executors on one host: each its own metrics port
            ProcessBuilder builder = new ProcessBuilder(JarProcess.command(jar(), List.of("-Xmx256m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), all))
                    .directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("console.log").toFile());
            builder.environment().putAll(environment);
            return new ExecutorJvm(name, builder.start(), xxlPort, accessToken, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jar() {
        return Path.of("target", "demo.jar").toAbsolutePath();
    }

    /** Waits until the executor answers the admin's {@code /beat}. */
    ExecutorJvm awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
            }
            if (answered("beat", "{}")) {
                return this;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not answer /beat within " + timeout + ": " + tail());
    }

    /** The admin's trigger of {@code channelOrderSync} for shard {@code index} of {@code total} of a broadcast. */
    void trigger(long logId, int index, int total) {
        trigger(CHANNEL_ORDER_SYNC, logId, index, total);
    }

    /**
     * The admin's trigger of a job (xxl-job-admin 3.3.2 serialises its TriggerRequest with Gson: these fields, this
     * order), as shard {@code index} of {@code total} (0 of 1 for a job that is not broadcast).
     */
    void trigger(Job job, long logId, int index, int total) {
        String body = "{\"jobId\":" + job.id() + ",\"executorHandler\":\"" + job.handler()
                + "\",\"executorParams\":\"\","
                + "\"executorBlockStrategy\":\"SERIAL_EXECUTION\",\"executorTimeout\":0,\"logId\":" + logId
                + ",\"logDateTime\":" + System.currentTimeMillis() + ",\"glueType\":\"BEAN\",\"glueSource\":\"\","
                + "\"glueUpdatetime\":" + System.currentTimeMillis() + ",\"broadcastIndex\":" + index
                + ",\"broadcastTotal\":" + total + "}";
        String reply = post("run", body);
        if (!reply.contains("\"code\":200")) {
            throw new IllegalStateException(name + " refused trigger " + logId + ": " + reply);
        }
    }

    /** Waits until the run's job log says it ended and the job thread is idle (the admin's {@code /idleBeat}). */
    void awaitRunEnd(long logId, Duration timeout) throws InterruptedException {
        awaitRunEnd(CHANNEL_ORDER_SYNC, logId, timeout);
    }

    void awaitRunEnd(Job job, long logId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (jobLog(logId).contains(RUN_END) && answered("idleBeat", "{\"jobId\":" + job.id() + "}")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died during run " + logId + ": " + tail());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " run " + logId + " did not end within " + timeout + ": "
                + jobLog(logId));
    }

    /** Each shop of the run and how it ended, from the run's job log. */
    Map<String, String> shopOutcomes(long logId) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        Matcher matcher = SHOP_OUTCOME.matcher(jobLog(logId));
        while (matcher.find()) {
            outcomes.put(matcher.group(1) + "/" + matcher.group(2), matcher.group(3));
        }
        return outcomes;
    }

    /** The run's XXL-JOB job log ({@code {logPath}/{yyyy-MM-dd}/{logId}.log}), empty until it exists. */
    String jobLog(long logId) {
        Path logs = directory.resolve("xxl-job");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(logs)) {
            List<Path> runLogs = files.filter(p -> p.getFileName().toString().equals(logId + ".log")).toList();
            StringBuilder text = new StringBuilder();
            for (Path log : runLogs) {
                text.append(Files.readString(log, StandardCharsets.UTF_8));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String console() {
        try {
            return Files.readString(directory.resolve("console.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM ({@link Process#destroy()}), as systemd stops a service; waits for the exit and returns its status. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not exit within " + timeout + " of SIGTERM: " + tail());
        }
        return process.exitValue();
    }

    /** Waits for the process to end on its own (run-once mode) and returns its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not finish within " + timeout + ": " + tail());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no lease released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Stops the process if a test left it running. */
    void killIfAlive() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    long pid() {
        return process.pid();
    }

    Path directory() {
        return directory;
    }

    String name() {
        return name;
    }

    private boolean answered(String path, String body) {
        try {
            return post(path, body).contains("\"code\":200");
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private String post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + xxlPort + "/" + path))
                .timeout(Duration.ofSeconds(5))
                .header("XXL-JOB-ACCESS-TOKEN", accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(name + " /" + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " /" + path + " interrupted", e);
        }
    }

    private String tail() {
        String console = console();
        return console.length() <= 4000 ? console : console.substring(console.length() - 4000);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
