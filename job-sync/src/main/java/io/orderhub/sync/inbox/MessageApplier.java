package io.orderhub.sync.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies verified messages of some sources to orders, inside the caller's transaction. */
public interface MessageApplier {

    Set<InboxSource> sources();

    /** One outcome per row id; must not throw for a bad message (that is an outcome), only for a broken store. */
    Map<Long, ApplyOutcome> apply(List<InboxRow> rows);
}
