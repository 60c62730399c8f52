package io.orderhub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

/**
 * The packaged executor ({@code target/job-sync.jar}, built by {@code package} before this runs in {@code verify})
 * carries neither the channel simulator nor MockWebServer: they belong to tests and to the demo module. Looks into
 * the nested {@code BOOT-INF/lib} jars too.
 */
class ProductionJarIT {

    /** Class paths that must never reach production: the simulator and the test HTTP server (OkHttp 4 and 5). */
    private static final List<String> FORBIDDEN_PACKAGES = List.of(
            "io/orderhub/sandbox/", "okhttp3/mockwebserver/", "mockwebserver3/");
    /** Jars that carry them, by name. */
    private static final List<String> FORBIDDEN_JARS = List.of("channel-sandbox", "mockwebserver");

    @Test
    void executorJarContainsNoSimulatorAndNoMockWebServer() throws IOException {
        Path jar = Path.of("target", "job-sync.jar");
        assertThat(jar).as("the packaged executor; run 'verify', which packages it first").exists();

        List<String> forbidden = new ArrayList<>();
        try (JarFile executor = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = executor.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                boolean named = collectForbidden("", entry.getName(), forbidden);
                // A jar named as forbidden is reported once; any other nested jar is opened (a shaded copy).
                if (!named && entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream nested = executor.getInputStream(entry)) {
                        collectForbiddenInNested(entry.getName(), nested, forbidden);
                    }
                }
            }
        }

        assertThat(forbidden).as("entries of %s that belong to tests or the demo module", jar.toAbsolutePath())
                .isEmpty();
    }

    @Test
    void simulatorClassesAndMockWebServerJarsAreRecognisedWhereverTheyAre() {
        List<String> forbidden = new ArrayList<>();

        collectForbidden("", "BOOT-INF/classes/io/orderhub/sandbox/ChannelSandbox.class", forbidden);
        collectForbidden("", "BOOT-INF/lib/mockwebserver3-5.5.1.jar", forbidden);
        collectForbidden("BOOT-INF/lib/x.jar!", "okhttp3/mockwebserver/MockWebServer.class", forbidden);
        collectForbidden("", "BOOT-INF/classes/io/orderhub/sync/stress/SandboxLink.class", forbidden);
        collectForbidden("", "BOOT-INF/lib/okhttp-jvm-5.5.1.jar", forbidden);

        assertThat(forbidden).containsExactly("BOOT-INF/classes/io/orderhub/sandbox/ChannelSandbox.class",
                "BOOT-INF/lib/mockwebserver3-5.5.1.jar", "BOOT-INF/lib/x.jar!okhttp3/mockwebserver/MockWebServer.class");
    }

    private static void collectForbiddenInNested(String jarName, InputStream in, List<String> forbidden)
            throws IOException {
        try (JarInputStream nested = new JarInputStream(in)) {
            for (JarEntry entry = nested.getNextJarEntry(); entry != null; entry = nested.getNextJarEntry()) {
                collectForbidden(jarName + "!", entry.getName(), forbidden);
            }
        }
    }

    /** Adds the entry to {@code forbidden} when it is a simulator or MockWebServer class or jar; says whether it was. */
    private static boolean collectForbidden(String container, String name, List<String> forbidden) {
        String path = name.startsWith("BOOT-INF/classes/") ? name.substring("BOOT-INF/classes/".length()) : name;
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        boolean forbiddenClass = FORBIDDEN_PACKAGES.stream().anyMatch(path::startsWith);
        boolean forbiddenJar = name.startsWith("BOOT-INF/lib/") && FORBIDDEN_JARS.stream().anyMatch(fileName::startsWith);
        if (forbiddenClass || forbiddenJar) {
            forbidden.add(container + name);
        }
        return forbiddenClass || forbiddenJar;
    }
}
