package io.orderhub.report.entry.sku;

/**
 * Optimal String Alignment distance: the edit distance (insert, delete, substitute) that also counts swapping two
 * adjacent characters as one edit, so {@code A1001} and {@code A1010} are one edit apart. Unlike the unrestricted
 * Damerau distance no substring is edited twice, which is what a deletion index can find exactly.
 */
public final class OsaDistance {

    private OsaDistance() {
    }

    public static int between(String a, String b) {
        return within(a, b, Integer.MAX_VALUE);
    }

    /** The distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}. */
    public static int within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit == Integer.MAX_VALUE ? Math.abs(n - m) : limit + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (limit != Integer.MAX_VALUE && rowMin > limit + 1) {
                return limit + 1;
            }
            int[] oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        int distance = previous[m];
        return limit != Integer.MAX_VALUE && distance > limit ? limit + 1 : distance;
    }
}
