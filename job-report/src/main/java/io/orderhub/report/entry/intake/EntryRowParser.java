package io.orderhub.report.entry.intake;

import io.orderhub.report.entry.Entry;

/**
 * An intake row of an entries file → an {@link Entry}. Only what the row cannot be stored without is checked here
 * (an id, a source, a time, well-formed numbers and dates, lengths of the columns); the entry rules judge the rest.
 */
public final class EntryRowParser {

    private EntryRowParser() {
    }

    public static Entry parse(IntakeRow row) throws RowRejected {
        IntakeCells.sameCellCountAsHeader(row);
        return new Entry(IntakeCells.required(row, "entry_id", 64), IntakeCells.required(row, "source", 32),
                IntakeCells.optional(row, "document_no", 64), IntakeCells.optional(row, "operator", 64),
                IntakeCells.dateTime(row, "entered_at"), IntakeCells.optional(row, "sku_code", 64),
                IntakeCells.decimal(row, "quantity"), IntakeCells.optional(row, "unit", 16),
                IntakeCells.optional(row, "batch_no", 64), IntakeCells.date(row, "production_date"),
                IntakeCells.date(row, "expiry_date"), IntakeCells.optional(row, "warehouse", 64),
                IntakeCells.optional(row, "order_no", 80), IntakeCells.flag(row, "confirmed"));
    }
}
