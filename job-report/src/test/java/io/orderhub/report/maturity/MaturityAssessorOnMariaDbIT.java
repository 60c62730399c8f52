package io.orderhub.report.maturity;

import io.orderhub.common.testing.TestDatabase;
import java.util.Map;

/**
 * The maturity score on a real MariaDB, a fresh schema per test (in the session zone of
 * {@code OMS_TEST_DB_TIME_ZONE} when set: the figures must not depend on it).
 */
class MaturityAssessorOnMariaDbIT extends MaturityAssessorContract {

    private final Map<String, Object> schema = TestDatabase.get().freshSchemaProperties();

    @Override
    String url() {
        return (String) schema.get("spring.datasource.url");
    }

    @Override
    String user() {
        return (String) schema.get("spring.datasource.username");
    }

    @Override
    String password() {
        return (String) schema.get("spring.datasource.password");
    }
}
