package io.orderhub.common.config;

import io.orderhub.common.http.HttpClientFactory;
import io.orderhub.common.jobs.admin.AdminBootstrapCommand;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts an executor app; in a command mode — run-once ({@code --oms.run-once=<handler>}) or job-sync's shop command
 * ({@code --oms.shops=<subcommand>}) — it runs the command, then exits with its outcome. With
 * {@code --oms.admin-bootstrap} it sets up the XXL-JOB admin from the job catalogue instead, without starting the app.
 */
public final class OmsApplication {

    private static final List<String> COMMAND_OPTIONS = List.of("--oms.run-once=", "--oms.shops=");

    private OmsApplication() {
    }

    public static void run(Class<?> application, String[] args) {
        if (AdminBootstrapCommand.requested(args)) {
            System.exit(new AdminBootstrapCommand(new StandardEnvironment(), new HttpClientFactory(), System.out)
                    .run(args));
        }
        boolean runOnce = Arrays.stream(args).anyMatch(a -> COMMAND_OPTIONS.stream().anyMatch(a::startsWith));
        SpringApplication app = new SpringApplication(application);
        if (runOnce) {
            // One command in-process: no endpoints and nothing to keep alive. The context is closed here, by exit(),
            // not by a shutdown hook: a hook would wait (up to minutes) on a context whose close had failed.
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setKeepAlive(false);
            app.setRegisterShutdownHook(false);
        }
        ConfigurableApplicationContext context = app.run(args);
        if (runOnce) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
