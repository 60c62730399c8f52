package io.orderhub.common.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

/**
 * The command that starts one of our jars the way an operator would, in the zone of the test JVM: CI runs the tests
 * in zones other than GMT+8 (.ci/run), and a jar started without it would quietly run in the machine's zone instead.
 */
public final class JarProcess {

    private JarProcess() {
    }

    public static List<String> command(Path jar, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.timezone=" + TimeZone.getDefault().getID());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        return command;
    }

    /** How a jar run to its end went: its exit code and everything it printed (stdout and stderr). */
    public record Outcome(int exitCode, String output) {
    }

    /**
     * Runs the jar with these arguments in {@code workDir} until it exits (at most two minutes) and returns its exit
     * code and output.
     */
    public static Outcome run(Path jar, Path workDir, String... arguments) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(jar, List.of(), List.of(arguments)))
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(jar.getFileName() + " did not exit within 120 s; it printed:\n" + output);
        }
        return new Outcome(process.exitValue(), output);
    }
}
