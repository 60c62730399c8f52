package io.orderhub.monitor.consistency.repair;

import io.orderhub.common.job.RunLog;
import io.orderhub.monitor.consistency.check.CheckName;
import java.time.LocalDateTime;

/**
 * A repair of one check's findings that is safe to make without a person (opt-in per check:
 * {@code oms.consistency.repairs}). It goes through common's write path, is audited in {@code order_audit}, and
 * closes the finding it repaired as RESOLVED by {@code repair:<check>}.
 */
public interface SafeRepair {

    CheckName check();

    /** Who a repair of {@code check} is in {@code order_audit} and on the findings it closes. */
    static String operator(CheckName check) {
        return "repair:" + check.name();
    }

    /** Repairs what the run {@code runId} saw; returns how many orders it changed. */
    int apply(String runId, LocalDateTime at, RunLog log);
}
