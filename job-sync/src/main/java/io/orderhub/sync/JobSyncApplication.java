package io.orderhub.sync;

import io.orderhub.common.config.OmsApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The job-sync executor: Incremental per-channel order pulls into the unified model, quarantine and replay. */
@SpringBootApplication
public class JobSyncApplication {

    public static void main(String[] args) {
        OmsApplication.run(JobSyncApplication.class, args);
    }
}
