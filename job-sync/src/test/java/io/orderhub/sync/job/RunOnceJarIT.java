package io.orderhub.sync.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.JarProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged executor jar in run-once mode, as an operator or cron runs it: exit code and printed log. */
class RunOnceJarIT {

    @TempDir
    Path workDir;

    private record Outcome(int exitCode, String output) {
    }

    private Outcome runJar(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "job-sync.jar").toAbsolutePath();
        List<String> command = JarProcess.command(jar, List.of(), List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output);
    }

    @Test
    void badParameterExitsNonZeroNamingTheField() throws Exception {
        Outcome outcome = runJar("--oms.run-once=channelOrderSync", "--oms.run-param={\"channels\":[\"AMAZON\"]}");

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("channelOrderSync FAILED: job parameter 'channels[0]'");
    }

    @Test
    void backfillWithoutAnEndIsRefusedNamingTheField() throws Exception {
        Outcome outcome = runJar("--oms.run-once=channelOrderSync",
                "--oms.run-param={\"from\":\"2026-11-10T00:00:00\"}");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output()).contains("job parameter 'to'");
    }

    @Test
    void syncWithNoShopsSucceedsAndSaysSo() throws Exception {
        Outcome outcome = runJar("--oms.run-once=channelOrderSync");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("0 shop(s)");
        assertThat(Files.exists(workDir.resolve(".oms"))).isTrue();
    }
}
