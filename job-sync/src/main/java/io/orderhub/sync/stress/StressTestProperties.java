package io.orderhub.sync.stress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oms.stress.enabled}: the stress test writes sandbox shops and their orders into this executor's database,
 * so it only runs where an operator switched it on (a staging executor), never by accident in production.
 */
@ConfigurationProperties("oms.stress")
public record StressTestProperties(@DefaultValue("false") boolean enabled) {
}
