package io.orderhub.common.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an operator reads what to do about an alert: the section of the operations guide ({@code docs/operations.md})
 * whose heading is the alert's name, so its anchor is that name in lower case (the heading id GitHub, GitLab and
 * Gitea give {@code ### SyncLag}). Every message links it as "Runbook: {@code <document>#<anchor>}"; the document's
 * address is {@code oms.alert.runbook-url}. {@code AlertRunbooksTest} fails when the code can raise an alert whose
 * section is missing.
 */
public final class AlertRunbooks {

    /** The guide's path in the repository: readable from any checkout, clickable once an address is configured. */
    public static final String DEFAULT_DOCUMENT = "docs/operations.md";
    public static final String LINK_TITLE = "Runbook";

    private final String document;

    public AlertRunbooks(String document) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("oms.alert.runbook-url: required (the operations guide's address)");
        }
        if (document.contains("#")) {
            throw new IllegalArgumentException("oms.alert.runbook-url: give the document's address without a #fragment"
                    + " (each alert's anchor is appended), was '" + document + "'");
        }
        this.document = document.strip();
    }

    /** The heading id of the alert's runbook section: alert names are letters and digits only. */
    public static String anchor(String alertName) {
        return alertName.toLowerCase(Locale.ROOT);
    }

    public String url(String alertName) {
        return document + "#" + anchor(alertName);
    }

    /** The alert with its runbook as its last link (an alert that already links it is returned as it is). */
    public Alert linked(Alert alert) {
        Alert.Link runbook = new Alert.Link(LINK_TITLE, url(alert.name()));
        if (alert.links().contains(runbook)) {
            return alert;
        }
        List<Alert.Link> links = new ArrayList<>(alert.links());
        links.add(runbook);
        return new Alert(alert.name(), alert.severity(), alert.labels(), alert.summary(), alert.details(), links,
                alert.startsAt(), alert.endsAt());
    }
}
