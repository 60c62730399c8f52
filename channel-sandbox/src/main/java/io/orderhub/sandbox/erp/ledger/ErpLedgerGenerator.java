package io.orderhub.sandbox.erp.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Generates an ERP/WMS/payment-ledger world for a set of our orders (issue #18): the orders as our sync stored them,
 * each system's records of them, every kind of {@link InjectedInconsistency} injected at the scenario's rate, and
 * the ground truth of what was injected ({@code gen_injected}: order, check, field). Independent of the check
 * code; it knows only the documented column contract and finding names.
 */
public final class ErpLedgerGenerator {

    private static final int ORDERS_PER_COMMIT = 2000;

    /** What was generated: orders and how many of each kind were injected. */
    public record Generated(int orders, Map<InjectedInconsistency, Integer> injected) {

        public int injectedTotal() {
            return injected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ErpLedgerGenerator() {
    }

    /** Recreates the generated tables in the connection's schema and fills them. */
    public static Generated generate(Connection connection, ErpLedgerScenario scenario) throws SQLException {
        ErpLedgerTables.recreate(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Random random = new Random(scenario.seed());
        WorldOrderShaper shaper = new WorldOrderShaper(random, scenario.createdFrom());
        InjectedInconsistency[] kinds = InjectedInconsistency.values();
        Map<InjectedInconsistency, Integer> counts = new EnumMap<>(InjectedInconsistency.class);
        try (WorldWriter writer = new WorldWriter(connection)) {
            for (int i = 0; i < scenario.orders(); i++) {
                double roll = random.nextDouble();
                int pick = (int) (roll / scenario.ratePerKind());
                InjectedInconsistency injected = scenario.ratePerKind() > 0 && pick < kinds.length ? kinds[pick] : null;
                writer.add(shaper.shape(i, injected));
                if (injected != null) {
                    counts.merge(injected, 1, Integer::sum);
                }
                if ((i + 1) % ORDERS_PER_COMMIT == 0) {
                    writer.flush();
                }
            }
            writer.flush();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Generated(scenario.orders(), counts);
    }
}
