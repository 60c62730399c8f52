package io.orderhub.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every secret variable the docs name in an {@code env:NAME} reference (README.md, docs/*.md), each set to a value
 * of its own, to start an app with: Spring's relaxed binding maps a variable such as {@code OMS_EVENTS_RABBIT_PASSWORD}
 * onto the property {@code oms.events.rabbit.password} itself, replacing the reference with the secret (issue 21.1).
 * {@link #assertNoneBound} then checks that no configuration property of the started app took one of those values.
 */
public final class DocumentedVariables {
    private static final Pattern REFERENCE = Pattern.compile("env:([A-Z][A-Z0-9_]+)");
    private static final String VALUE_PREFIX = "documented-variable-";

    private DocumentedVariables() {
    }

    /** Name → a value of its own, for every {@code env:NAME} in the docs (the placeholder NAME itself left out). */
    public static Map<String, Object> fromDocs(Path repositoryRoot) {
        Map<String, Object> variables = new TreeMap<>();
        try (Stream<Path> docs = Files.list(repositoryRoot.resolve("docs"))) {
            Stream.concat(Stream.of(repositoryRoot.resolve("README.md")), docs.filter(p -> p.toString().endsWith(".md")))
                    .forEach(doc -> {
                        Matcher reference = REFERENCE.matcher(read(doc));
                        while (reference.find()) {
                            if (!reference.group(1).equals("NAME")) {
                                variables.put(reference.group(1), valueOf(reference.group(1)));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(variables).as("env: references in the docs under " + repositoryRoot).isNotEmpty();
        return variables;
    }

    /** A value no default has; a URL where the name says it is one (robot URLs are checked at start-up). */
    private static String valueOf(String name) {
        return name.endsWith("_URL") ? "https://robot.example.test/" + VALUE_PREFIX + name : VALUE_PREFIX + name;
    }

    /** Fails naming the property bean when any bound configuration holds one of the documented variables' values. */
    public static void assertNoneBound(ConfigurableApplicationContext context) {
        ConfigurationPropertiesBean.getAll(context).forEach((name, bean) -> assertThat(String.valueOf(bean.getInstance()))
                .as("configuration properties %s bound from a documented secret variable", name)
                .doesNotContain(VALUE_PREFIX));
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
