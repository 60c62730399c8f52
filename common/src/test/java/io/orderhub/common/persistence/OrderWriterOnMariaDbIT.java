package io.orderhub.common.persistence;

import io.orderhub.common.testing.MariaDbTestContext;
import org.springframework.test.context.ContextConfiguration;

/** The writer and the migrations on a real MariaDB. */
@ContextConfiguration(initializers = MariaDbTestContext.class)
class OrderWriterOnMariaDbIT extends OrderWriterContract {
}
