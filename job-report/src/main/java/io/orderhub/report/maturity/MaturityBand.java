package io.orderhub.report.maturity;

/** The seed's bands of the total score (0–20). */
public enum MaturityBand {
    BASE("base (< 12): fix the three base problems first"),
    INTERMEDIATE("intermediate (12–16)"),
    ADVANCED("advanced (≥ 17)");

    public static final int INTERMEDIATE_FROM = 12;
    public static final int ADVANCED_FROM = 17;

    private final String label;

    MaturityBand(String label) {
        this.label = label;
    }

    public static MaturityBand of(int total) {
        if (total < 0 || total > 20) {
            throw new IllegalArgumentException("a maturity total lies in 0–20; was " + total);
        }
        return total >= ADVANCED_FROM ? ADVANCED : total >= INTERMEDIATE_FROM ? INTERMEDIATE : BASE;
    }

    /** How the report shows the band. */
    public String label() {
        return label;
    }
}
