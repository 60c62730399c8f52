package io.orderhub.monitor.alert;

import jakarta.validation.constraints.NotBlank;

/** The {@code alertTest} job parameter, e.g. {@code {"receiver":"ops-dingtalk"}}: a configured receiver name. */
public record AlertTestRequest(@NotBlank String receiver) {
}
