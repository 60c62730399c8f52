package io.orderhub.sync.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.JarProcess;
import io.orderhub.common.testing.JarProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged executor jar in run-once mode, as an operator or cron runs it: exit code and printed log. */
class RunOnceJarIT {

    @TempDir
    Path workDir;

    private Outcome runJar(String... args) throws IOException, InterruptedException {
        return JarProcess.run(Path.of("target", "job-sync.jar"), workDir, args);
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
