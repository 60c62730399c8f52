package io.orderhub.report.maturity;

import java.util.UUID;

/** The maturity score on H2 in MySQL mode (the embedded default database), a fresh database per test. */
class MaturityAssessorOnH2IT extends MaturityAssessorContract {

    private final String url = "jdbc:h2:mem:maturity_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}
