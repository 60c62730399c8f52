package io.orderhub.report.entry;

/** The kinds of entry mistakes the rules find (issue #17). */
public enum EntryFindingType {
    UNKNOWN_SKU,
    BARCODE_CHECK_DIGIT,
    SKU_CONFUSION,
    UNIT_NOT_ALLOWED,
    UNIT_FACTOR_MISTAKE,
    BATCH_MISSING,
    PRODUCTION_DATE_MISSING,
    EXPIRY_MISSING,
    EXPIRED,
    EXPIRY_SOON,
    PRODUCTION_DATE_IN_FUTURE,
    EXPIRY_NOT_SHELF_LIFE,
    QUANTITY_UNCONFIRMED,
    FIELD_REQUIRED,
    FIELD_TOO_LONG,
    FIELD_PATTERN,
    FIELD_NOT_ALLOWED
}
