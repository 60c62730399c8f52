package io.orderhub.sandbox.erp.ledger;

import java.time.LocalDateTime;

/**
 * What to generate: {@code orders} of our orders (spread over the four channels, one shop each), each kind of
 * inconsistency injected into about {@code ratePerKind} of them (at most one per order), reproducibly from
 * {@code seed}; orders created from {@code createdFrom} on, one a minute apart per channel.
 */
public record ErpLedgerScenario(int orders, double ratePerKind, long seed, LocalDateTime createdFrom) {

    public ErpLedgerScenario {
        if (orders < 1) {
            throw new IllegalArgumentException("orders must be at least 1, was " + orders);
        }
        if (ratePerKind < 0 || ratePerKind * InjectedInconsistency.values().length > 1) {
            throw new IllegalArgumentException("ratePerKind must be between 0 and 1/"
                    + InjectedInconsistency.values().length + ", was " + ratePerKind);
        }
    }

    public static ErpLedgerScenario of(int orders, double ratePerKind) {
        return new ErpLedgerScenario(orders, ratePerKind, 18L, LocalDateTime.of(2026, 11, 1, 0, 0));
    }
}
