package io.orderhub.report;

import io.orderhub.common.config.OmsApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The job-report executor: Health indicators and daily entry-error reports. */
@SpringBootApplication
public class JobReportApplication {

    public static void main(String[] args) {
        OmsApplication.run(JobReportApplication.class, args);
    }
}
