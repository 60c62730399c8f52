package io.orderhub.monitor.consistency;

import io.orderhub.monitor.consistency.check.AmountCheck;
import io.orderhub.monitor.consistency.check.ConsistencyCheck;
import io.orderhub.monitor.consistency.check.CrossBorderTaxCheck;
import io.orderhub.monitor.consistency.check.GiftStockCheck;
import io.orderhub.monitor.consistency.check.MissingHereCheck;
import io.orderhub.monitor.consistency.check.PresaleCheck;
import io.orderhub.monitor.consistency.check.RefundCheck;
import io.orderhub.monitor.consistency.check.StatusDriftCheck;
import io.orderhub.monitor.consistency.finding.FindingStore;
import io.orderhub.monitor.consistency.finding.FindingUpdates;
import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.repair.GatewayPaidRepair;
import io.orderhub.monitor.consistency.repair.MarkRefundedRepair;
import io.orderhub.monitor.consistency.repair.OrderRefetchRepair;
import io.orderhub.monitor.consistency.repair.SafeRepair;
import io.orderhub.monitor.consistency.source.CsvFolderSource;
import io.orderhub.monitor.consistency.source.ExternalSources;
import io.orderhub.monitor.consistency.source.JdbcViewSource;
import io.orderhub.monitor.consistency.source.RemoteQuerySource;
import io.orderhub.common.persistence.OrderWriter;
import io.orderhub.common.refetch.RefetchRequests;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.monitor.watch.FiringAlerts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The consistency checks' wiring: the six checks, sources, the finding store and the two handlers' services. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsistencyProperties.class)
public class ConsistencyConfiguration {

    /** The checks in the order a run executes them. */
    public static List<ConsistencyCheck> allChecks() {
        return List.of(new AmountCheck(), new RefundCheck(), new GiftStockCheck(), new PresaleCheck(),
                new CrossBorderTaxCheck(), new StatusDriftCheck(), new MissingHereCheck());
    }

    /** Every safe repair there is; a deployment switches them on per check ({@code oms.consistency.repairs}). */
    public static List<SafeRepair> allRepairs(JdbcTemplate jdbc, OrderWriter writer, TransactionTemplate transactions,
            int refetchPerRun) {
        RefetchRequests refetches = new RefetchRequests(jdbc);
        FindingStore findings = new FindingStore(jdbc);
        return List.of(new GatewayPaidRepair(jdbc, writer, findings, transactions),
                new OrderRefetchRepair(CheckName.STATUS_DRIFT, List.of("wms_shipped"), jdbc, refetches, writer,
                        transactions, refetchPerRun),
                new MarkRefundedRepair(jdbc, refetches, writer, findings, transactions, refetchPerRun),
                new OrderRefetchRepair(CheckName.MISSING_HERE, List.of("erp_order", "wms_shipment", "ledger_entry"),
                        jdbc, refetches, writer, transactions, refetchPerRun));
    }

    @Bean
    FindingStore findingStore(JdbcTemplate jdbc) {
        return new FindingStore(jdbc);
    }

    @Bean
    ConsistencyRun consistencyRun(JdbcTemplate jdbc, FindingStore findings, FiringAlerts firing,
            ConsistencyProperties properties, PlatformTransactionManager transactions, OrderWriter writer,
            SecretResolver secrets, Clock clock) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        List<SafeRepair> repairs = allRepairs(jdbc, writer, template, properties.refetchPerRun()).stream()
                .filter(repair -> properties.repairs().contains(repair.check())).toList();
        return new ConsistencyRun(jdbc, allChecks(), findings,
                new ConsistencyAlerts(jdbc, firing, properties, clock),
                new ExternalSources(
                        Optional.ofNullable(properties.csvFolder()).map(f -> new CsvFolderSource(jdbc, template, f, clock)),
                        new JdbcViewSource(jdbc, template, properties.queries()),
                        new RemoteQuerySource(jdbc, template, secrets, properties.remote(), clock)),
                repairs, properties.chunkSize(), clock);
    }

    @Bean
    FindingUpdates findingUpdates(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new FindingUpdates(jdbc, new TransactionTemplate(transactions), clock);
    }
}
