package io.orderhub.common.persistence;

/** No database-clock times on the embedded default database (H2 in MySQL mode). */
class SuiteSetTimesOnH2IT extends SuiteSetTimesContract {

    @Override
    String currentSchema() {
        return "CURRENT_SCHEMA";
    }
}
