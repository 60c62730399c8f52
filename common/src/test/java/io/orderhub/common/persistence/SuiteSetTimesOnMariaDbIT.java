package io.orderhub.common.persistence;

import io.orderhub.common.testing.MariaDbTestContext;
import org.springframework.test.context.ContextConfiguration;

/** No database-clock times on a real MariaDB. */
@ContextConfiguration(initializers = MariaDbTestContext.class)
class SuiteSetTimesOnMariaDbIT extends SuiteSetTimesContract {

    @Override
    String currentSchema() {
        return "DATABASE()";
    }
}
