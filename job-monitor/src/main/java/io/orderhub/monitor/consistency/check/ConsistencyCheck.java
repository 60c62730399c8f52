package io.orderhub.monitor.consistency.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** One consistency check: a few set-based rules over a chunk of our orders and the staged external rows. */
public interface ConsistencyCheck {

    CheckName name();

    List<CheckRule> rules();

    /**
     * Whether the check can judge every order of the scope; a check that cannot is not run (and resolves nothing)
     * in such a run.
     */
    default boolean covers(OrderScope scope) {
        return true;
    }

    default List<Finding> find(NamedParameterJdbcTemplate jdbc, OrderChunk chunk) {
        List<Finding> findings = new ArrayList<>();
        for (CheckRule rule : rules()) {
            findings.addAll(rule.find(jdbc, chunk));
        }
        return findings;
    }
}
