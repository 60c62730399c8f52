package io.orderhub.common.persistence;

import io.orderhub.common.testing.MariaDbTestContext;
import org.springframework.test.context.ContextConfiguration;

/** The payment transition and the audit on a real MariaDB. */
@ContextConfiguration(initializers = MariaDbTestContext.class)
class OrderPaymentWritesOnMariaDbIT extends OrderPaymentWritesContract {
}
