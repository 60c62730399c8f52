package io.orderhub.sync.payment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The query API of each gateway type that has one (HMAC gateways have none). */
@Component
public class GatewayQueries {

    private final Map<GatewayType, GatewayQuery> byType = new EnumMap<>(GatewayType.class);

    public GatewayQueries(List<GatewayQuery> queries) {
        queries.forEach(q -> byType.put(q.gatewayType(), q));
    }

    public Optional<GatewayQuery> of(GatewayType type) {
        return Optional.ofNullable(byType.get(type));
    }
}
