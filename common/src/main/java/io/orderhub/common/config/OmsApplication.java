package io.orderhub.common.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts an executor app; in run-once mode it runs the handler, then exits with the handler's outcome. */
public final class OmsApplication {

    private OmsApplication() {
    }

    public static void run(Class<?> application, String[] args) {
        boolean runOnce = Arrays.stream(args).anyMatch(a -> a.startsWith("--oms.run-once="));
        SpringApplication app = new SpringApplication(application);
        if (runOnce) {
            // One job in-process: no endpoints and nothing to keep alive. The context is closed here, by exit(),
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
