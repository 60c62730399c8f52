package io.orderhub.common.executor;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code xxlJobAdmin}: the outcome of the executor's last registry beat. UP only when an admin
 * accepted it; DOWN with the admin's reason when every admin refused or was unreachable; UNKNOWN before the first
 * beat finished and when no admin is configured (nothing to be up with, but nothing broken either).
 */
public final class ExecutorRegistrationHealthIndicator implements HealthIndicator {

    private final BoundXxlJobExecutor executor;

    public ExecutorRegistrationHealthIndicator(BoundXxlJobExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Health health() {
        RegistrationState state = executor.registrationState();
        Health.Builder health = switch (state.outcome()) {
            case REGISTERED -> Health.up();
            case REFUSED -> Health.down();
            case NOT_YET, NO_ADMIN -> Health.unknown();
        };
        health.withDetail("appName", executor.appName()).withDetail("registration", state.outcome().name());
        if (state.admin() != null) {
            health.withDetail("admin", state.admin());
        }
        if (state.reason() != null) {
            health.withDetail("reason", state.reason());
        }
        if (state.failuresInARow() > 0) {
            health.withDetail("failuresInARow", state.failuresInARow());
        }
        if (state.at() != null) {
            health.withDetail("at", state.at().toString());
        }
        return health.build();
    }
}
