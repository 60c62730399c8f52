package io.orderhub.common.executor;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start-up into Spring Boot's plain "APPLICATION FAILED TO START" report instead of a stack trace. */
class InsecureExecutorFailureAnalyzer extends AbstractFailureAnalyzer<InsecureExecutorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureExecutorException cause) {
        return new FailureAnalysis("The XXL-JOB executor was not started: " + cause.getMessage() + ".",
                "Set " + AccessTokenPolicy.PROPERTY + " (environment variable OMS_XXL_ACCESS_TOKEN) to the admin's "
                        + "access token: a random string of at least 16 characters, e.g. `openssl rand -hex 24`. "
                        + "To run one job without an admin, use --oms.run-once=<handler>.", cause);
    }
}
