package io.orderhub.report.file;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names Excel accepts, unique within one workbook: at most 31 characters, none of {@code : \ / ? * [ ]}, not
 * starting or ending with an apostrophe (POI's {@link WorkbookUtil#createSafeSheetName} replaces them), and not equal
 * to another sheet's name ignoring case (Excel's rule) — a repeat gets {@code " (2)"}, {@code " (3)"}… within the
 * 31 characters.
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    String next(String tableName) {
        String safe = WorkbookUtil.createSafeSheetName(tableName.strip(), '_');
        String candidate = safe;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return candidate;
    }
}
