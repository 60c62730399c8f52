package io.orderhub.common.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

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
}
