package io.orderhub.report.entry.rule;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The SKU codes on orders' lines, for many orders at once (the nightly run asks once per chunk of entries). */
public interface OrderLineSkus {

    /** Order no → the SKU codes of its lines; an order we do not know is absent from the map. */
    Map<String, Set<String>> of(Collection<String> orderNos);
}
