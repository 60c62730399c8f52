package io.orderhub.common.alert.notify;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message composed by its sender rather than rendered from alerts (a report's summary): the subject, a plain-text
 * and an HTML body for e-mail, and IM markdown. The sender escapes what it puts in; a notifier only delivers it,
 * refusing markdown over its platform's size limit instead of cutting a link in half.
 */
public record ComposedMessage(String subject, String plainText, String html, String markdown) {

    public ComposedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(markdown, "markdown");
    }

    /** The markdown, or a failure naming the receiver when it is over {@code maxBytes} (UTF-8). */
    String markdownWithin(int maxBytes, String receiver) {
        int bytes = markdown.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new NotificationFailure(receiver, "TOO_LARGE", "markdown of " + bytes + " bytes is over the "
                    + maxBytes + "-byte limit of this receiver", false);
        }
        return markdown;
    }
}
