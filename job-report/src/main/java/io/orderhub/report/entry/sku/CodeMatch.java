package io.orderhub.report.entry.sku;

/** An existing code near the one looked up, and how many edits apart they are. */
public record CodeMatch(String code, int distance) {
}
