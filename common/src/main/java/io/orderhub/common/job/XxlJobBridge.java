package io.orderhub.common.job;

import com.xxl.job.core.context.XxlJobHelper;
import io.orderhub.common.time.ReadableTime;
import java.time.ZoneId;

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
        // XXL-JOB stamps each log line in the executor JVM's zone without saying which; our messages use GMT+8.
        XxlJobHelper.log("times: line stamps in the executor's zone {}, times in messages {}", ZoneId.systemDefault(),
                ReadableTime.ZONE);
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
