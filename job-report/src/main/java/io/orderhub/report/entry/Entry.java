package io.orderhub.report.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One manual entry record of the ERP/WMS (receiving, outbound, return, manual order, …) as our rules see it. Every
 * field may be missing ({@code null}) because people leave them empty; the rules say so.
 *
 * @param source     the kind of entry: receiving, outbound, return, manual_order, … (the field rules are per source)
 * @param enteredAt  GMT+8 wall clock
 * @param orderNo    the order the entry belongs to, where there is one (outbound of an order)
 * @param confirmed  the operator confirmed an unusual value (e.g. a quantity above the threshold)
 */
public record Entry(String entryId, String source, String documentNo, String operator, LocalDateTime enteredAt,
        String skuCode, BigDecimal quantity, String unit, String batchNo, LocalDate productionDate,
        LocalDate expiryDate, String warehouse, String orderNo, boolean confirmed) {
}
