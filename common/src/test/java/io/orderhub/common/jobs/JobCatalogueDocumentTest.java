package io.orderhub.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCatalogueDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "jobs.md");
    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeLinksTheJobsDocumentAndNamesEveryHandler() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme).contains("](docs/jobs.md)");
        for (JobSpec job : JobCatalogue.jobs()) {
            assertThat(readme).as("README names handler %s", job.handler()).contains("`" + job.handler() + "`");
        }
    }

    @Test
    void docsJobsMdIsWhatTheCatalogueGenerates() throws IOException {
        String expected = JobCatalogueDocument.render(JobCatalogue.groups(), JobCatalogue.jobs());
        if (!Files.exists(DOCUMENT)) {
            fail("docs/jobs.md is missing; generate it: " + JobCatalogueDocument.REGENERATE);
        }
        List<String> want = expected.lines().toList();
        List<String> have = Files.readString(DOCUMENT, StandardCharsets.UTF_8).lines().toList();
        for (int line = 0; line < Math.max(want.size(), have.size()); line++) {
            String wanted = line < want.size() ? want.get(line) : "(end of file)";
            String found = line < have.size() ? have.get(line) : "(end of file)";
            if (!wanted.equals(found)) {
                fail("docs/jobs.md differs from io.orderhub.common.jobs.JobCatalogue at line " + (line + 1)
                        + ":\n  file:      " + found + "\n  catalogue: " + wanted
                        + "\nRegenerate it (never edit it by hand): " + JobCatalogueDocument.REGENERATE);
            }
        }
    }
}
