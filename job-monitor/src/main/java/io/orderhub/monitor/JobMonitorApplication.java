package io.orderhub.monitor;

import io.orderhub.common.config.OmsApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The job-monitor executor: API-change feed watchers, sync-lag and failure-spike alerts, consistency checks. */
@SpringBootApplication
public class JobMonitorApplication {

    public static void main(String[] args) {
        OmsApplication.run(JobMonitorApplication.class, args);
    }
}
