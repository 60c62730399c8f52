package io.orderhub.report.entry.report;

import com.zaxxer.hikari.HikariDataSource;
import io.orderhub.common.alert.AlertSink;
import io.orderhub.common.secret.SecretResolver;
import io.orderhub.report.entry.EntryCheck;
import io.orderhub.report.entry.SkuMasterSource;
import io.orderhub.report.entry.audit.EntryAuditLog;
import io.orderhub.report.entry.audit.ManualPathAudit;
import io.orderhub.report.entry.audit.SnapshotAuditTrail;
import io.orderhub.report.entry.audit.SourceAuditTable;
import io.orderhub.report.entry.intake.IntakeCharset;
import io.orderhub.report.entry.intake.IntakeFolder;
import io.orderhub.report.entry.intake.IntakeStore;
import io.orderhub.report.entry.source.EntrySource;
import io.orderhub.report.entry.source.JdbcEntrySource;
import io.orderhub.report.entry.source.JdbcSkuMasterSource;
import io.orderhub.report.file.ReportTableFiles;
import io.orderhub.report.publish.EchartsLibrary;
import io.orderhub.report.store.ReportStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;

/**
 * The entry sources, the intake folder, the audit trail and the nightly report. The ERP/WMS database gets its own
 * small read-only pool (never the suite's DataSource, never a bean Spring could take for the primary one); its
 * password is a secret reference. Without an ERP URL the entries and the SKU master come from the intake tables.
 */
@Configuration
@EnableConfigurationProperties(EntriesProperties.class)
public class EntryReportConfiguration {

    static final String INTAKE_ENTRIES = """
            SELECT entry_id, source, document_no, operator, entered_at, sku_code, quantity, unit, batch_no,
                production_date, expiry_date, warehouse, order_no, confirmed
            FROM entry_record WHERE entered_at >= :from AND entered_at < :to ORDER BY entry_id""";
    static final String INTAKE_SKUS = """
            SELECT code, barcode, name, category, base_unit, unit_factors, typical_min, typical_max, batch_managed,
                shelf_life_days FROM entry_sku ORDER BY code""";

    private final EntriesProperties properties;
    private final NamedParameterJdbcTemplate erp;

    public EntryReportConfiguration(EntriesProperties properties, SecretResolver secrets) {
        this.properties = properties;
        this.erp = properties.erp().enabled() ? new NamedParameterJdbcTemplate(erpDataSource(properties.erp(),
                secrets)) : null;
    }

    private static DataSource erpDataSource(EntriesProperties.Erp erp, SecretResolver secrets) {
        if (erp.entryQuery() == null || erp.entryQuery().isBlank()) {
            throw new IllegalArgumentException("oms.entries.erp.entry-query is required when oms.entries.erp.url is"
                    + " set");
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("erp-entries");
        pool.setJdbcUrl(erp.url());
        pool.setUsername(erp.username());
        if (erp.password() != null && !erp.password().isBlank()) {
            pool.setPassword(secrets.resolve(erp.password(), "oms.entries.erp.password"));
        }
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(0);
        return pool;
    }

    private List<EntrySource> entrySources(JdbcTemplate jdbc) {
        List<EntrySource> sources = new ArrayList<>();
        if (erp != null) {
            sources.add(new JdbcEntrySource("erp", erp, properties.erp().entryQuery()));
        }
        if (properties.intake().enabled() || erp == null) {
            sources.add(new JdbcEntrySource("intake", new NamedParameterJdbcTemplate(jdbc), INTAKE_ENTRIES));
        }
        return sources;
    }

    @Bean
    SkuMasterSource skuMasterSource(JdbcTemplate jdbc) {
        String skuQuery = properties.erp().skuQuery();
        return erp != null && skuQuery != null && !skuQuery.isBlank()
                ? new JdbcSkuMasterSource(erp.getJdbcTemplate(), skuQuery)
                : new JdbcSkuMasterSource(jdbc, INTAKE_SKUS);
    }

    @Bean
    EntryAuditLog entryAuditLog(JdbcTemplate jdbc) {
        return new EntryAuditLog(jdbc);
    }

    @Bean
    EntryErrorReport entryErrorReport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            EntryAuditLog auditLog, ObjectProvider<EntryCheck> check,
            ObjectProvider<ReportTableFiles> files, ReportStore store, ITemplateEngine templates,
            EchartsLibrary echarts, AlertSink alerts,
            Clock clock) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        EntriesProperties.Intake intake = properties.intake();
        IntakeFolder folder = intake.enabled() ? new IntakeFolder(Path.of(intake.folder()), intake.settle(),
                new IntakeStore(jdbc), transactions, new IntakeCharset(intake.charset()), clock) : null;
        Map<String, SourceAuditTable> auditTables = new HashMap<>();
        String auditQuery = properties.erp().auditQuery();
        if (erp != null && auditQuery != null && !auditQuery.isBlank()) {
            auditTables.put("erp", new SourceAuditTable(erp, auditQuery, auditLog));
        }
        EntriesProperties.Report report = properties.report();
        return new EntryErrorReport(folder,
                new EntryAuditRefresh(new SnapshotAuditTrail(jdbc, auditLog, transactions),
                        new ManualPathAudit(jdbc, auditLog), auditTables,
                        report.auditLookbackDays()),
                entrySources(jdbc), new EntryDayClaims(jdbc, report.claimStaleAfter()),
                () -> new EntryDayCheck(jdbc, check.getIfAvailable(() -> {
                    throw new io.orderhub.common.job.JobFailure("NO_ENTRY_CHECK", "this app has no EntryCheck (the"
                            + " entry rules, docs/entry-rules.md): nothing can be checked", false);
                })),
                new EntryReportWriter(new EntryReportTables(jdbc), new EntryReportPage(templates, echarts), store,
                        files.getIfAvailable()),
                report.alert() ? new EntryReportAlert(alerts, clock, report.alertWarnRate()) : null, clock,
                holderId());
    }

    private static String holderId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
