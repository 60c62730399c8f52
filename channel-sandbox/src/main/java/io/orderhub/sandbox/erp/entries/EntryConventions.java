package io.orderhub.sandbox.erp.entries;

import java.util.List;

/**
 * What the generated data set takes the rules' seed configuration to be (docs/entries.md "Ground truth"): clean
 * entries stay well inside these, injected ones well outside, so the data set holds for any sensible defaults.
 */
public final class EntryConventions {

    /** The confirmation threshold of the seed: a quantity above it needs the confirmed flag. */
    public static final int CONFIRM_ABOVE = 100;
    /** Clean entries expire at least this many days after the day; EXPIRY_SOON ones within 3 days. */
    public static final int CLEAN_EXPIRY_MARGIN_DAYS = 150;
    public static final int DOCUMENT_NO_MAX_LENGTH = 20;
    /** Document numbers: two capital letters and digits (RK = 入库 receiving, CK = 出库 outbound, …). */
    public static final String DOCUMENT_NO_PATTERN = "[A-Z]{2}[0-9]+";
    public static final List<String> WAREHOUSES = List.of("WH-SH", "WH-GZ", "WH-BJ");
    public static final List<String> SOURCES = List.of("receiving", "outbound", "return", "manual_order");

    private EntryConventions() {
    }
}
