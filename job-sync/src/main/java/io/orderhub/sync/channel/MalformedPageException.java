package io.orderhub.sync.channel;

/** A response that is not a readable page (truncated or invalid JSON, or an unexpected shape); the body is kept. */
public class MalformedPageException extends RuntimeException {

    private final String body;

    public MalformedPageException(String message, String body) {
        super(message);
        this.body = body;
    }

    public String body() {
        return body;
    }
}
