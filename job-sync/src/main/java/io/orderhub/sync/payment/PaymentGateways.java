package io.orderhub.sync.payment;

import io.orderhub.common.secret.SecretResolver;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The configured gateways by name. */
@Component
public class PaymentGateways {

    private final Map<String, PaymentGateway> gateways = new TreeMap<>();

    public PaymentGateways(PaymentProperties properties, SecretResolver secrets) {
        properties.gateways().forEach((name, settings) -> gateways.put(name, new PaymentGateway(name, settings, secrets)));
    }

    public Optional<PaymentGateway> named(String name) {
        return Optional.ofNullable(gateways.get(name));
    }

    public Optional<PaymentGateway> find(String name, GatewayType type) {
        return named(name).filter(g -> g.type() == type);
    }

    public Collection<PaymentGateway> all() {
        return gateways.values();
    }
}
