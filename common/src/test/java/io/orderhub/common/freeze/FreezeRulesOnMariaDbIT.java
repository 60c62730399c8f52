package io.orderhub.common.freeze;

import io.orderhub.common.testing.MariaDbTestContext;
import org.springframework.test.context.ContextConfiguration;

/** Freeze rules on a real MariaDB (run with OMS_TEST_DB_TIME_ZONE=UTC too). */
@ContextConfiguration(initializers = MariaDbTestContext.class)
class FreezeRulesOnMariaDbIT extends FreezeRulesContract {
}
