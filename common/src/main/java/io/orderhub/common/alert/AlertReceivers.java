package io.orderhub.common.alert;

import io.orderhub.common.alert.notify.DingTalkNotifier;
import io.orderhub.common.alert.notify.EmailNotifier;
import io.orderhub.common.alert.notify.FeishuNotifier;
import io.orderhub.common.alert.notify.Notifier;
import io.orderhub.common.alert.notify.WeComNotifier;
import io.orderhub.common.alert.notify.WebhookNotifier;
import io.orderhub.common.secret.SecretResolver;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The configured receivers by name, each with its {@link Notifier}. Built at start-up: secret references are
 * resolved then, so a missing variable fails the start with the property's name, not the first alert.
 */
public class AlertReceivers {

    private final Map<String, Notifier> notifiers;

    public AlertReceivers(Map<String, Notifier> notifiers) {
        this.notifiers = Collections.unmodifiableMap(new LinkedHashMap<>(notifiers));
    }

    /**
     * @param mail the SMTP sender ({@code spring.mail.*}); may be null when no e-mail receiver is configured
     */
    public static AlertReceivers create(AlertProperties properties, SecretResolver secrets, OkHttpClient http,
            JavaMailSender mail, Clock clock) {
        return create("oms.alert.receivers", properties.receivers(), properties.emailFrom(), secrets, http, mail, clock);
    }

    /**
     * Receivers of the same configuration shape under another property (the reports' delivery receivers).
     *
     * @param property  where they are configured, for the messages naming a missing secret or SMTP server
     * @param emailFrom From of e-mail receivers that name none
     * @param mail      the SMTP sender; may be null when no e-mail receiver is configured
     */
    public static AlertReceivers create(String property, Map<String, AlertProperties.Receiver> receivers,
            String emailFrom, SecretResolver secrets, OkHttpClient http, JavaMailSender mail, Clock clock) {
        Map<String, Notifier> notifiers = new LinkedHashMap<>();
        receivers.forEach((name, receiver) -> {
            String prefix = property + "." + name + ".";
            String secret = receiver.secret() == null ? null : secrets.resolve(receiver.secret(), prefix + "secret");
            Notifier notifier = switch (receiver.type()) {
                case EMAIL -> {
                    if (mail == null) {
                        throw new IllegalStateException(prefix + "type: e-mail needs an SMTP server: set spring.mail.host");
                    }
                    yield new EmailNotifier(name, mail, receiver.from() == null ? emailFrom : receiver.from(),
                            receiver.to(), clock);
                }
                case DINGTALK -> new DingTalkNotifier(name, http, secrets.resolve(receiver.url(), prefix + "url"), secret, clock);
                case WECOM -> new WeComNotifier(name, http, secrets.resolve(receiver.url(), prefix + "url"));
                case FEISHU -> new FeishuNotifier(name, http, secrets.resolve(receiver.url(), prefix + "url"), secret, clock);
                case WEBHOOK -> new WebhookNotifier(name, http, receiver.url().startsWith("env:")
                        ? secrets.resolve(receiver.url(), prefix + "url") : receiver.url(), secret);
            };
            notifiers.put(name, notifier);
        });
        return new AlertReceivers(notifiers);
    }

    public Set<String> names() {
        return notifiers.keySet();
    }

    /** @throws IllegalArgumentException naming the unknown receiver and the configured ones */
    public Notifier notifier(String name) {
        Notifier notifier = notifiers.get(name);
        if (notifier == null) {
            throw new IllegalArgumentException("unknown receiver '" + name + "' (configured: "
                    + (notifiers.isEmpty() ? "none, see oms.alert.receivers" : String.join(", ", notifiers.keySet())) + ")");
        }
        return notifier;
    }
}
