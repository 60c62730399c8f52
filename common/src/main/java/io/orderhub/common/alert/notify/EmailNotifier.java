package io.orderhub.common.alert.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail over SMTP (Spring's {@link JavaMailSender}, configured by {@code spring.mail.*}): one message per
 * notification, multipart/alternative with a plain-text part and an HTML part (every alert field HTML-escaped).
 */
public final class EmailNotifier implements Notifier {

    private final String receiver;
    private final JavaMailSender mail;
    private final String from;
    private final List<String> to;
    private final Clock clock;

    public EmailNotifier(String receiver, JavaMailSender mail, String from, List<String> to, Clock clock) {
        this.receiver = receiver;
        this.mail = mail;
        this.from = from;
        this.to = List.copyOf(to);
        this.clock = clock;
    }

    /**
     * Parsing keeps a display name as written, and jakarta.mail would put "订单中心" raw into the header; rebuilt with
     * a charset it is an RFC 2047 encoded-word ({@code =?UTF-8?B?…?=}) that every mail client reads.
     */
    private static InternetAddress address(String text) throws MessagingException {
        InternetAddress parsed = new InternetAddress(text, true);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    @Override
    public void send(Notification notification) {
        NotificationText text = new NotificationText(notification);
        deliver(text.title(), text.plainText(), text.html());
    }

    @Override
    public void sendComposed(ComposedMessage message) {
        deliver(message.subject(), message.plainText(), message.html());
    }

    private void deliver(String subject, String plainText, String htmlText) {
        try {
            MimeMessage message = mail.createMimeMessage();
            message.setFrom(address(from));
            for (String address : to) {
                message.addRecipient(MimeMessage.RecipientType.TO, address(address));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(plainText, StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(htmlText, StandardCharsets.UTF_8.name(), "html");
            // multipart/alternative: the parts are the same content, simplest first (RFC 2046 §5.1.4).
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            mail.send(message);
        } catch (MessagingException e) {
            throw new NotificationFailure(receiver, "SMTP", "message could not be built: " + e.getMessage(), false);
        } catch (MailException e) {
            throw new NotificationFailure(receiver, "SMTP", JsonPost.shorten(String.valueOf(e.getMessage())), true);
        }
    }
}
