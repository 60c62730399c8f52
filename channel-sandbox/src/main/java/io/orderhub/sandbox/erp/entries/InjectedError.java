package io.orderhub.sandbox.erp.entries;

/**
 * Ground truth: the mistake put into one entry on purpose. {@code type} is the name of the finding type the rules
 * must raise (io.orderhub.report.entry.EntryFindingType; spelled out here so the generator does not depend on the
 * rule code), {@code field} the column that carries it, {@code meant} what a correct entry would have had.
 */
public record InjectedError(String entryId, String type, String field, String entered, String meant) {
}
