package io.orderhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.JarProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's first command: the packaged demo jar runs the main job once against its in-process sandbox, and the
 * ground-truth check it prints at exit finds every order, none lost.
 */
class DemoJarIT {

    private static final Pattern TRUTH = Pattern.compile(
            "ground truth check over \\d+ sandbox shops: expected=(\\d+) matched=(\\d+) lost=(\\d+)");

    @TempDir
    Path workDir;

    @Test
    void mainJobOnTheEmbeddedDefaultMatchesTheGroundTruth() throws IOException, InterruptedException {
        Path jar = Path.of("target", "demo.jar").toAbsolutePath();
        List<String> command = JarProcess.command(jar, List.of(),
                List.of("--spring.profiles.active=demo", "--oms.run-once=channelOrderSync"));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        Matcher truth = TRUTH.matcher(output);
        assertThat(truth.find()).as(output).isTrue();
        assertThat(Long.parseLong(truth.group(1))).as(truth.group()).isPositive();
        assertThat(truth.group(2)).as(truth.group()).isEqualTo(truth.group(1));
        assertThat(truth.group(3)).as(truth.group()).isEqualTo("0");
        assertThat(output).contains("the database matches the platforms exactly");
    }
}
