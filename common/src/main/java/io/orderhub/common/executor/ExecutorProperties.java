package io.orderhub.common.executor;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * XXL-JOB executor settings ({@code oms.xxl.*}).
 *
 * @param adminAddresses   comma-separated admin URLs; empty = run without registering (jobs only via run-once)
 * @param appName          the executor app name operators pick in the admin console
 * @param accessToken      shared with the admin; checked by {@link AccessTokenPolicy} at start-up
 * @param bindAddress      the interface the executor listens on; loopback unless the admin runs elsewhere
 * @param ip               the IP registered with the admin; defaults to the bind address
 * @param address          full registered address (overrides ip and port in the registration)
 * @param port             the executor port
 * @param logPath          where job logs go (xxl-job-core would otherwise use /data/applogs)
 * @param logRetentionDays how long job logs are kept
 * @param allowGlue        accept GLUE (Groovy/shell source from the admin); off, because it is remote code execution
 */
@Validated
@ConfigurationProperties("oms.xxl")
public record ExecutorProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String adminAddresses,
        @NotBlank String appName,
        String accessToken,
        @DefaultValue("127.0.0.1") @NotBlank String bindAddress,
        String ip,
        String address,
        @DefaultValue("9999") @Min(1) @Max(65535) int port,
        @DefaultValue("./logs/xxl-job") @NotBlank String logPath,
        @DefaultValue("30") @Min(3) int logRetentionDays,
        @DefaultValue("false") boolean allowGlue) {

    public String registeredIp() {
        return ip == null || ip.isBlank() ? bindAddress : ip;
    }
}
