package io.orderhub.common.alert.notify;

/**
 * One receiver's wire format (e-mail, an IM robot, a webhook). Grouping, de-duplication, rate limits, retries and
 * fallback are done once, in the dispatcher; a notifier only renders and delivers one message.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Delivers one message.
     *
     * @throws NotificationFailure when the platform refused it or could not be reached; its message names the
     *                             receiver and the platform's reason, never a webhook key or signing secret
     */
    void send(Notification notification);

    /**
     * How many of the notification's alerts, in {@link Notification#inMessageOrder() message order}, one message
     * of this format can carry. Formats with a size limit cut alerts' details first; only alerts that do not fit
     * even with their details cut are left for the next message, which the dispatcher sends.
     */
    default int capacity(Notification notification) {
        return notification.alerts().size();
    }

    /**
     * Delivers a message its sender composed (a report's summary) in this format: e-mail sends its plain and HTML
     * bodies, IM robots its markdown, a webhook all of it as JSON.
     *
     * @throws NotificationFailure as {@link #send}
     */
    default void sendComposed(ComposedMessage message) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot send a composed message");
    }
}
