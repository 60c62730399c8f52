package io.orderhub.common.alert;

/** How urgent an alert is; routing may pick receivers by it. */
public enum Severity {
    CRITICAL,
    WARNING,
    INFO
}
