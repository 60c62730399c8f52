package io.orderhub.report.entry.intake;

import java.util.List;

/** What became of one intake file, as the operator log says it. */
public record FileOutcome(Status status, IntakeKind kind, String charset, int accepted, int rejected,
        List<String> firstRejections, String reason) {

    public enum Status {
        TAKEN, DUPLICATE, UNREADABLE
    }

    public FileOutcome {
        firstRejections = List.copyOf(firstRejections);
    }

    static FileOutcome taken(IntakeKind kind, String charset, int accepted, int rejected, List<String> firstRejections) {
        return new FileOutcome(Status.TAKEN, kind, charset, accepted, rejected, firstRejections, null);
    }

    static FileOutcome duplicate() {
        return new FileOutcome(Status.DUPLICATE, null, null, 0, 0, List.of(), "same content taken in before");
    }

    static FileOutcome unreadable(String reason) {
        return new FileOutcome(Status.UNREADABLE, null, null, 0, 1, List.of(), reason);
    }

    public boolean unreadable() {
        return status == Status.UNREADABLE;
    }

    @Override
    public String toString() {
        return switch (status) {
            case TAKEN -> kind + " accepted=" + accepted + " rejected=" + rejected + " charset=" + charset
                    + (firstRejections.isEmpty() ? "" : " first rejections: " + String.join("; ", firstRejections));
            case DUPLICATE -> "duplicate, moved to processed/ unread (" + reason + ")";
            case UNREADABLE -> "unreadable, moved to failed/: " + reason;
        };
    }
}
