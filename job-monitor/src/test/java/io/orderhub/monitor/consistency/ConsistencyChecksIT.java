package io.orderhub.monitor.consistency;

import io.orderhub.common.testing.FreshMariaDbSchema;
import io.orderhub.monitor.JobMonitorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The consistency checks on MariaDB (a schema of its own; the session zone as OMS_TEST_DB_TIME_ZONE sets it). */
@SpringBootTest(classes = JobMonitorApplication.class)
@ContextConfiguration(initializers = FreshMariaDbSchema.class)
@ActiveProfiles("test")
class ConsistencyChecksIT extends ConsistencyChecksContract {
}
