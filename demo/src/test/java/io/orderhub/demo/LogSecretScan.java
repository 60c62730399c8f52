package io.orderhub.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scans every file under a directory (console output, XXL-JOB job logs, anything an executor wrote) for the values
 * of configured secrets. A finding names the file, the line and the secret by its name, never by its value, so the
 * failure message does not leak what it found.
 */
final class LogSecretScan {

    /** Shorter values would match by chance (and no secret we configure is that short). */
    private static final int MIN_SECRET_LENGTH = 8;

    private LogSecretScan() {
    }

    /** {@code "file:line contains <name>"} for every line holding a secret's value; {@code secrets} maps name → value. */
    static List<String> findings(Path root, Map<String, String> secrets) {
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            if (secret.getValue() == null || secret.getValue().length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("secret " + secret.getKey() + " is shorter than "
                        + MIN_SECRET_LENGTH + " characters: a scan for it would prove nothing");
            }
        }
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                scan(root, file, secrets, findings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** How many files {@link #findings} reads under the directory (to prove the scan saw the logs). */
    static long fileCount(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scan(Path root, Path file, Map<String, String> secrets, List<String> findings)
            throws IOException {
        // Lenient decoding: a binary or mis-encoded file is still scanned for the (ASCII) secrets it may hold.
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                for (Map.Entry<String, String> secret : secrets.entrySet()) {
                    if (line.contains(secret.getValue())) {
                        findings.add(root.relativize(file) + ":" + lineNo + " contains " + secret.getKey());
                    }
                }
            }
        }
    }
}
