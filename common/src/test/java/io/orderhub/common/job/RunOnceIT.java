package io.orderhub.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Run-once mode: the handler runs in-process, its log is printed, the exit code is its outcome. */
@ExtendWith(OutputCaptureExtension.class)
class RunOnceIT {

    private static int runOnce(String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
        return SpringApplication.exit(context);
    }

    @Test
    void successfulRunPrintsTheLogAndExitsZero(CapturedOutput output) {
        int exit = runOnce("--oms.run-once=echo", "--oms.run-param={\"message\":\"hi\",\"times\":2}",
                "--oms.run-shard=1/3");

        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("echo hi").contains("echo succeeded: echoed 2 times on shard 1/3");
    }

    @Test
    void jobLogNamesTheZonesOfItsTimes(CapturedOutput output) {
        runOnce("--oms.run-once=echo", "--oms.run-param={\"message\":\"hi\",\"times\":1}");

        assertThat(output.getOut()).contains("times: line stamps in the executor's zone "
                + java.time.ZoneId.systemDefault() + ", times in messages GMT+8");
    }

    @Test
    void badParameterExitsNonZeroNamingTheField(CapturedOutput output) {
        int exit = runOnce("--oms.run-once=echo", "--oms.run-param={\"message\":\"hi\",\"times\":0}");

        assertThat(exit).isEqualTo(1);
        assertThat(output.getOut()).contains("echo FAILED: job parameter 'times': must be greater than or equal to 1");
    }

    @Test
    void unknownHandlerExitsNonZeroListingTheKnownOnes(CapturedOutput output) {
        int exit = runOnce("--oms.run-once=ehco");

        assertThat(exit).isEqualTo(1);
        assertThat(output.getOut()).contains("no handler named 'ehco'").contains("[echo]");
    }
}
