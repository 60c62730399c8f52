package io.orderhub.common.executor;

import com.xxl.job.core.glue.GlueTypeEnum;
import com.xxl.job.core.openapi.ExecutorBiz;
import com.xxl.job.core.openapi.model.IdleBeatRequest;
import com.xxl.job.core.openapi.model.KillRequest;
import com.xxl.job.core.openapi.model.LogRequest;
import com.xxl.job.core.openapi.model.LogResult;
import com.xxl.job.core.openapi.model.TriggerRequest;
import com.xxl.tool.response.Response;

/**
 * Refuses GLUE triggers (Groovy or shell source sent by the admin and run on this host); only our own
 * {@code @XxlJob} bean handlers run. xxl-job-core has no switch for this, and whoever holds the admin (or the
 * token) would otherwise hold a shell on every executor.
 */
final class BeanJobsOnlyExecutorBiz implements ExecutorBiz {

    private final ExecutorBiz delegate;

    BeanJobsOnlyExecutorBiz(ExecutorBiz delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response<String> run(TriggerRequest request) {
        if (GlueTypeEnum.match(request.getGlueType()) != GlueTypeEnum.BEAN) {
            String glueType = request.getGlueType();
            if (glueType == null || glueType.isBlank()) { // not a GLUE job: a trigger that names no job type at all
                return Response.ofFail("trigger refused: it names no glue type; only BEAN jobs run on this executor");
            }
            return Response.ofFail("GLUE jobs (" + glueType + ") are disabled on this executor; "
                    + "set oms.xxl.allow-glue=true to accept them");
        }
        return delegate.run(request);
    }

    @Override
    public Response<String> beat() {
        return delegate.beat();
    }

    @Override
    public Response<String> idleBeat(IdleBeatRequest request) {
        return delegate.idleBeat(request);
    }

    @Override
    public Response<String> kill(KillRequest request) {
        return delegate.kill(request);
    }

    @Override
    public Response<LogResult> log(LogRequest request) {
        return delegate.log(request);
    }
}
