package io.orderhub.sync.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.jobs.JobCatalogue;
import io.orderhub.common.jobs.admin.FakeXxlJobAdmin;
import io.orderhub.common.testing.JarProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's {@code --oms.admin-bootstrap}, as an operator runs it: no app started, the admin set up. */
class AdminBootstrapJarIT {

    private static final String PASSWORD = "jar-Admin-Pw-7";

    @TempDir
    Path workDir;

    @Test
    void jarSetsUpTheAdminWithoutStartingTheExecutor() throws Exception {
        FakeXxlJobAdmin admin = new FakeXxlJobAdmin(PASSWORD);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(admin);
            server.start();
            ProcessBuilder builder = new ProcessBuilder(JarProcess.command(
                    Path.of("target", "job-sync.jar").toAbsolutePath(), List.of(), List.of("--oms.admin-bootstrap",
                            "--admin-url=" + server.url(FakeXxlJobAdmin.CONTEXT), "--username=admin",
                            "--password=env:OMS_SECRET_XXL_ADMIN_PASSWORD")))
                    .directory(workDir.toFile()).redirectErrorStream(true);
            builder.environment().put("OMS_SECRET_XXL_ADMIN_PASSWORD", PASSWORD);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("created 3 groups and " + JobCatalogue.jobs().size() + " jobs")
                    .doesNotContain(PASSWORD);
            assertThat(admin.jobs()).hasSize(JobCatalogue.jobs().size());
            assertThat(Files.exists(workDir.resolve(".oms"))).as("no database opened").isFalse();
        }
    }
}
