package io.orderhub.common.job;

/** The work of one handler: takes the parsed parameter, returns the one-line summary of a successful run. */
@FunctionalInterface
public interface JobBody<P> {

    String run(P parameter, JobContext context);
}
