package io.orderhub.report.entry.intake;

/** Totals of one pass over the intake folder. */
public class IntakeSummary {

    private int files;
    private int duplicates;
    private int unreadable;
    private int accepted;
    private int rejected;

    void add(FileOutcome outcome) {
        files++;
        switch (outcome.status()) {
            case DUPLICATE -> duplicates++;
            case UNREADABLE -> unreadable++;
            case TAKEN -> { }
        }
        accepted += outcome.accepted();
        rejected += outcome.rejected();
    }

    public int accepted() {
        return accepted;
    }

    public int rejected() {
        return rejected;
    }

    @Override
    public String toString() {
        return "files=" + files + " rowsAccepted=" + accepted + " rowsRejected=" + rejected + " duplicates="
                + duplicates + " unreadable=" + unreadable;
    }
}
