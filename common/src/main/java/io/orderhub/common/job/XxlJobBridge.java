package io.orderhub.common.job;

import com.xxl.job.core.context.XxlJobHelper;

/**
 * The thin bridge every {@code @XxlJob} handler goes through: read and validate the parameter, hand the service
 * its shard and the admin log, and report the outcome. The only place that talks to {@link XxlJobHelper}.
 */
public class XxlJobBridge {

    private final JobParameters parameters;

    public XxlJobBridge(JobParameters parameters) {
        this.parameters = parameters;
    }

    public <P> void run(Class<P> parameterType, JobBody<P> body) {
        JobContext context = new JobContext(new Shard(Math.max(0, XxlJobHelper.getShardIndex()),
                Math.max(1, XxlJobHelper.getShardTotal())), XxlJobHelper::log);
        try {
            P parameter = parameters.parse(XxlJobHelper.getJobParam(), parameterType);
            String summary = body.run(parameter, context);
            XxlJobHelper.log("done: {}", summary);
            XxlJobHelper.handleSuccess(summary);
        } catch (InvalidJobParameterException e) {
            XxlJobHelper.log("failed: {}", e.getMessage());
            XxlJobHelper.handleFail(e.getMessage());
        } catch (JobFailure e) {
            String message = e.reason() + (e.retryable() ? " (retryable)" : "") + ": " + e.getMessage();
            XxlJobHelper.log("failed: {}", message);
            XxlJobHelper.handleFail(message);
        }
    }
}
