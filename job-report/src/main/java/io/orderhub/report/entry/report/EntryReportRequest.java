package io.orderhub.report.entry.report;

import io.orderhub.common.job.InvalidJobParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code entryErrorReport} job parameter; blank means {@code {}}: yesterday (GMT+8). {@code day} checks one
 * day, {@code from}/{@code to} an inclusive range of at most {@value #MAX_DAYS} days; {@code rerun} checks days
 * again that a run finished before (their findings are replaced).
 */
public record EntryReportRequest(String day, String from, String to, Boolean rerun) {

    static final int MAX_DAYS = 31;

    /** The days to check, oldest first. @throws InvalidJobParameterException naming the field and the reason */
    public List<LocalDate> days(LocalDate today) {
        if (day != null && (from != null || to != null)) {
            throw new InvalidJobParameterException("day", "give either day or from/to, not both");
        }
        if (day != null) {
            return List.of(date("day", day));
        }
        if (from == null && to == null) {
            return List.of(today.minusDays(1));
        }
        if (from == null || to == null) {
            throw new InvalidJobParameterException(from == null ? "from" : "to", "is required with "
                    + (from == null ? "to" : "from"));
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidJobParameterException("to", "is before from");
        }
        if (first.plusDays(MAX_DAYS - 1).isBefore(last)) {
            throw new InvalidJobParameterException("to", "the range is longer than " + MAX_DAYS + " days");
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    public boolean rerunRequested() {
        return Boolean.TRUE.equals(rerun);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidJobParameterException(field, "is not a date (expected 2026-03-01)");
        }
    }
}
