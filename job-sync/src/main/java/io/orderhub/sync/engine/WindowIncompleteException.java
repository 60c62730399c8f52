package io.orderhub.sync.engine;

/** A window that kept shifting or repeating pages while we walked it: its cursor is not advanced. */
public class WindowIncompleteException extends RuntimeException {

    public WindowIncompleteException(String message) {
        super(message);
    }
}
