package io.orderhub.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's source tree as the rule tests read it: the root (the directory of the pom listing the modules,
 * found from wherever a test runs inside the project) and the files under one folder of every module it lists.
 */
public final class ProjectTree {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private ProjectTree() {
    }

    /** The directory of the root pom.xml, the one listing {@code common} among its modules. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<module>common</module>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no root pom.xml listing the modules above " + Path.of("").toAbsolutePath());
    }

    /**
     * Every regular file under {@code folder} (e.g. {@code src/main}) of each module of the root pom but the
     * {@code exemptModules}; fails when there is none at all.
     */
    public static List<Path> moduleFiles(String folder, Set<String> exemptModules) {
        Path root = root();
        Matcher module = MODULE.matcher(read(root.resolve("pom.xml")));
        List<Path> files = new ArrayList<>();
        while (module.find()) {
            String name = module.group(1).trim();
            Path dir = root.resolve(name).resolve(folder);
            if (exemptModules.contains(name) || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("files under " + folder + " of the modules under " + root).isNotEmpty();
        return files;
    }

    /** {@code file}'s path from the root, with forward slashes: how the rule tests name a file. */
    public static String relative(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
