package io.orderhub.report.entry.intake;

import java.util.Locale;

/** What an intake file holds, by its name: {@code sku*} files are the SKU master, every other file entries. */
public enum IntakeKind {
    ENTRIES, SKU_MASTER;

    static IntakeKind of(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).startsWith("sku") ? SKU_MASTER : ENTRIES;
    }
}
