package io.orderhub.common.persistence;

/** The writer and the migrations on the embedded default database (H2 in MySQL mode). */
class OrderWriterOnH2IT extends OrderWriterContract {
}
