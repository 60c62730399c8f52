package io.orderhub.common.persistence;

/** The payment transition and the audit on the embedded default database (H2 in MySQL mode). */
class OrderPaymentWritesOnH2IT extends OrderPaymentWritesContract {
}
