package io.orderhub.monitor.consistency;

import io.orderhub.monitor.consistency.check.CheckName;
import io.orderhub.monitor.consistency.check.FindingSeverity;
import io.orderhub.monitor.consistency.source.RemoteQuerySource;
import io.orderhub.monitor.consistency.source.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code oms.consistency.*} (docs/consistency.md).
 *
 * @param chunkSize orders per range every check statement covers (one index range per statement)
 * @param alerts    unacknowledged (NEW) findings of one check in one shop at or above which a summary alert fires
 * @param queries   per source kind ({@code erp-order}, {@code wms-shipment}, {@code wms-stock-movement},
 *                  {@code ledger-entry}, {@code tax-line}) a query on the same server returning its contract's
 *                  columns; staged by INSERT … SELECT at the start of each run
 * @param csvFolder a folder with one sub-folder per source kind where CSV files are dropped; absent = none
 * @param remote    per source kind a query on another server: {@code url}, {@code username}, {@code password-ref}
 *                  ({@code env:NAME}), {@code query}; streamed into staging at the start of each run
 * @param repairs   the checks whose safe repairs run after each run (opt-in, none by default): REFUND (mark
 *                  refunded when the channel and the ledger both say so), STATUS_DRIFT (mark paid; re-fetch a drifted
 *                  order), MISSING_HERE (re-fetch an order we lack)
 * @param refetchPerRun re-fetch requests (and refund decisions) each repair makes at most per run
 */
@Validated
@ConfigurationProperties("oms.consistency")
public record ConsistencyProperties(@DefaultValue("5000") @Min(100) @Max(100000) int chunkSize,
        @DefaultValue @Valid Alerts alerts, Map<SourceKind, String> queries, Path csvFolder, Map<SourceKind, RemoteQuerySource.@Valid Remote> remote,
        Set<CheckName> repairs, @DefaultValue("200") @Min(1) @Max(100000) int refetchPerRun) {

    public ConsistencyProperties {
        queries = queries == null ? Map.of() : Map.copyOf(queries);
        remote = remote == null ? Map.of() : Map.copyOf(remote);
        repairs = repairs == null ? Set.of() : Set.copyOf(repairs);
        // An unset OMS_CONSISTENCY_CSV_FOLDER binds as an empty path: no folder, not the working directory.
        csvFolder = csvFolder == null || csvFolder.toString().isBlank() ? null : csvFolder;
    }

    /** Thresholds per finding severity. */
    public record Alerts(@DefaultValue("1") @Min(1) int high, @DefaultValue("10") @Min(1) int medium,
            @DefaultValue("50") @Min(1) int low) {

        public int threshold(FindingSeverity severity) {
            return switch (severity) {
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }
    }
}
