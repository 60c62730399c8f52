package io.orderhub.report.publish;

import io.orderhub.report.health.DurationStats;
import io.orderhub.report.health.FulfilmentCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fulfilment dashboard: a heatmap of channel × SKU (rows) by day of payment (columns), coloured by the late
 * share of the lines paid that day, and the worst cells as a table. A cell without shipped lines has no
 * fulfilment time ({@code null}, "not measured"). A shop with hundreds of SKUs would make rows nobody can read: the
 * heatmap keeps the {@value #HEATMAP_ROWS} channel · SKU rows with the most late lines over the range (the workbook
 * has them all).
 */
final class FulfilmentChart {

    static final int WORST_CELLS = 20;
    static final int HEATMAP_ROWS = 40;

    /** One heatmap point: column (day), row, late share, and what the tooltip shows. */
    record Point(int day, int row, double lateShare, long lines, long shipped, long late, Double p50Hours,
            Double p95Hours) {
    }

    /** {@code totalRows}: channel · SKU rows with lines in the range, of which {@code rows} are shown. */
    record Heatmap(List<String> days, List<String> rows, List<Point> points, int totalRows) {
    }

    private FulfilmentChart() {
    }

    static Heatmap heatmap(List<LocalDate> dates, List<FulfilmentCell> cells) {
        Map<LocalDate, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            column.put(dates.get(i), i);
        }
        List<FulfilmentCell> inRange = cells.stream()
                .filter(c -> column.containsKey(c.day()) && c.lines() > 0).toList();
        Map<String, Long> lateLines = new LinkedHashMap<>();
        inRange.forEach(c -> lateLines.merge(rowName(c), c.late(), Long::sum));
        List<String> shown = lateLines.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(HEATMAP_ROWS).map(Map.Entry::getKey).toList();
        Map<String, Integer> rows = new LinkedHashMap<>();
        shown.forEach(name -> rows.put(name, rows.size()));
        List<Point> points = new ArrayList<>();
        for (FulfilmentCell cell : inRange) {
            Integer row = rows.get(rowName(cell));
            if (row == null) {
                continue;
            }
            points.add(new Point(column.get(cell.day()), row, (double) cell.late() / cell.lines(), cell.lines(),
                    cell.shipped(), cell.late(), cell.paidToShipped().map(s -> s.p50Seconds() / 3600.0).orElse(null),
                    cell.paidToShipped().map(DurationStats::p95Seconds).map(s -> s / 3600.0).orElse(null)));
        }
        return new Heatmap(dates.stream().map(LocalDate::toString).toList(), shown, points, lateLines.size());
    }

    /** The cells with the largest late share (ties: more late lines first). */
    static List<FulfilmentCell> worst(List<FulfilmentCell> cells) {
        return cells.stream().filter(c -> c.late() > 0 && c.lines() > 0)
                .sorted(Comparator.comparingDouble((FulfilmentCell c) -> (double) c.late() / c.lines()).reversed()
                        .thenComparing(Comparator.comparingLong(FulfilmentCell::late).reversed()))
                .limit(WORST_CELLS)
                .toList();
    }

    static String rowName(FulfilmentCell cell) {
        return cell.channel() + " · " + cell.sku() + " " + cell.title();
    }
}
