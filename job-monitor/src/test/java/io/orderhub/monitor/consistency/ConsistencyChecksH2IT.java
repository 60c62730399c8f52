package io.orderhub.monitor.consistency;

import io.orderhub.monitor.JobMonitorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The same data and expectations on H2 in MySQL mode: every check's SQL runs there too. */
@SpringBootTest(classes = JobMonitorApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:consistency;"
        + "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ConsistencyChecksH2IT extends ConsistencyChecksContract {
}
