package io.orderhub.demo;

import io.orderhub.common.config.OmsApplication;
import io.orderhub.sync.JobSyncApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The real job-sync executor plus the sandbox wiring of this module: {@code --spring.profiles.active=demo} (an
 * in-process channel sandbox, {@link DemoConfiguration}) or {@code --oms.sandbox.url=…} (a sandbox in another
 * process, {@link ExternalSandboxConfiguration}), each with the ground-truth check at exit. Never deployed: the
 * production executor is job-sync's own jar, which carries no simulator.
 */
@SpringBootApplication
@Import(JobSyncApplication.class)
public class DemoApplication {

    public static void main(String[] args) {
        OmsApplication.run(DemoApplication.class, args);
    }
}
