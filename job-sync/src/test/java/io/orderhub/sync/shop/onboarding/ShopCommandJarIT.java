package io.orderhub.sync.shop.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testing.JarProcess;
import io.orderhub.common.testing.JarProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged executor jar in shop command mode, as an operator runs it on a machine with no database yet (the
 * default H2 file under the working directory): it migrates, answers, and exits with the command's outcome.
 */
class ShopCommandJarIT {

    @TempDir
    Path workDir;

    private Outcome runJar(String... args) throws IOException, InterruptedException {
        return JarProcess.run(Path.of("target", "job-sync.jar"), workDir, args);
    }

    @Test
    void listOnAFreshDatabaseMigratesItAndExitsZero() throws Exception {
        Outcome outcome = runJar("--oms.shops=list");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("0 shop(s)");
        assertThat(Files.exists(workDir.resolve(".oms"))).isTrue();
    }

    @Test
    void refusedAddExitsOneNamingTheOption() throws Exception {
        Outcome outcome = runJar("--oms.shops=add", "--channel=PDD", "--shop-id=3001", "--display-name=PDD outlet",
                "--app-key=client-id", "--app-secret-ref=env:OMS_SECRET_PDD_3001_UNSET",
                "--access-token-ref=env:OMS_SECRET_PDD_3001_UNSET");

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("shops add FAILED: --app-secret-ref (app_secret_ref): environment"
                + " variable OMS_SECRET_PDD_3001_UNSET is not set");
    }
}
