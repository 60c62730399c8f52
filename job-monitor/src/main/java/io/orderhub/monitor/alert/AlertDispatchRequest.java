package io.orderhub.monitor.alert;

/** The {@code alertDispatch} job parameter: none ({@code {}} or blank). */
public record AlertDispatchRequest() {
}
