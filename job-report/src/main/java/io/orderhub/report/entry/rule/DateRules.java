package io.orderhub.report.entry.rule;

import io.orderhub.report.entry.Entry;
import io.orderhub.report.entry.EntryFinding;
import io.orderhub.report.entry.EntryFindingType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The dates of a batch: expiry passed (an error) or within the warning window (a warning to confirm, unless the
 * entry is confirmed), a production date after today, and an expiry that is not production date + shelf life
 * (within the tolerance). Today is the platform's date (GMT+8), whatever zone the JVM runs in.
 */
final class DateRules implements EntryRule {

    private final int warningDays;
    private final int toleranceDays;

    DateRules(int warningDays, int toleranceDays) {
        this.warningDays = warningDays;
        this.toleranceDays = toleranceDays;
    }

    @Override
    public void check(CheckedEntry checked, List<EntryFinding> findings) {
        Entry entry = checked.entry();
        LocalDate today = checked.today();
        LocalDate expiry = entry.expiryDate();
        LocalDate production = entry.productionDate();
        if (expiry != null && expiry.isBefore(today)) {
            findings.add(Findings.error(entry, EntryFindingType.EXPIRED, EntryField.EXPIRY_DATE, List.of(),
                    "expiryDate " + expiry + " has passed (today is " + today + " GMT+8)"));
        } else if (expiry != null && !expiry.isAfter(today.plusDays(warningDays)) && !entry.confirmed()) {
            findings.add(Findings.toConfirm(entry, EntryFindingType.EXPIRY_SOON, EntryField.EXPIRY_DATE,
                    "expiryDate " + expiry + " is within " + warningDays + " days: confirm to save"));
        }
        if (production != null && production.isAfter(today)) {
            findings.add(Findings.error(entry, EntryFindingType.PRODUCTION_DATE_IN_FUTURE, EntryField.PRODUCTION_DATE,
                    List.of(), "productionDate " + production + " is after today (" + today + " GMT+8)"));
        }
        Integer shelfLife = checked.sku() == null ? null : checked.sku().shelfLifeDays();
        if (shelfLife != null && production != null && expiry != null) {
            LocalDate expected = production.plusDays(shelfLife);
            if (Math.abs(ChronoUnit.DAYS.between(expected, expiry)) > toleranceDays) {
                findings.add(Findings.error(entry, EntryFindingType.EXPIRY_NOT_SHELF_LIFE, EntryField.EXPIRY_DATE,
                        List.of(expected.toString()), "expiryDate " + expiry + " is not productionDate " + production
                                + " + shelf life " + shelfLife + " days (" + expected + ")"));
            }
        }
    }
}
