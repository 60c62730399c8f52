package io.orderhub.common.testapp;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Component;

/** A handler shaped like the real ones: parameter record, bridge, summary. */
@Component
public class EchoJob {

    public record EchoParam(@NotBlank String message, @Min(1) int times) {
    }

    private final XxlJobBridge bridge;

    public EchoJob(XxlJobBridge bridge) {
        this.bridge = bridge;
    }

    @XxlJob("echo")
    public void echo() {
        bridge.run(EchoParam.class, (param, context) -> {
            for (int i = 0; i < param.times(); i++) {
                context.log().line("echo {}", param.message());
            }
            return "echoed " + param.times() + " times on shard " + context.shard();
        });
    }
}
