package io.orderhub.report.entry.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Manual entry sources and the nightly report ({@code oms.entries.*}, docs/entries.md).
 *
 * @param erp    the ERP/WMS database read in place; off while {@code erp.url} is blank
 * @param intake the CSV/XLSX intake folder; off while {@code intake.folder} is blank
 * @param report the nightly report
 */
@Validated
@ConfigurationProperties("oms.entries")
public record EntriesProperties(@DefaultValue Erp erp, @DefaultValue Intake intake, @DefaultValue Report report) {

    /**
     * @param url          JDBC URL of the ERP/WMS database (its own DataSource, read-only connections)
     * @param password     a secret reference ({@code env:NAME}), never the password itself
     * @param entryQuery   entries with {@code :from}/{@code :to}, returning the column contract
     * @param skuQuery     the SKU master (blank: the SKU master comes from intake files)
     * @param auditQuery   the ERP's own edit history with {@code :from}/{@code :to} (blank: snapshot diff)
     */
    public record Erp(String url, String username, String password, String entryQuery, String skuQuery,
            String auditQuery) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param folder  the drop folder; {@code processed/} and {@code failed/} are made inside it
     * @param charset {@code auto} (UTF-8 with or without BOM, else GBK), or a charset name
     * @param settle  a file is taken once unchanged for this long
     */
    public record Intake(String folder, @DefaultValue("auto") String charset, @DefaultValue("30s") Duration settle) {

        public boolean enabled() {
            return folder != null && !folder.isBlank();
        }
    }

    /**
     * @param auditLookbackDays edits of entries up to this many days old are found by the snapshot diff
     * @param claimStaleAfter   an unfinished claim older than this is taken over (its executor died)
     * @param alert             post the team lead's summary through the alerting core
     * @param alertWarnRate     the summary is a WARNING above this share of entries with findings
     */
    public record Report(@DefaultValue("7") int auditLookbackDays, @DefaultValue("2h") Duration claimStaleAfter,
            @DefaultValue("true") boolean alert, @DefaultValue("0.05") double alertWarnRate) {

        public Report {
            if (auditLookbackDays < 1 || auditLookbackDays > 90) {
                throw new IllegalArgumentException("oms.entries.report.audit-lookback-days must be 1..90 (was "
                        + auditLookbackDays + ")");
            }
        }
    }
}
