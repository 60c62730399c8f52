package io.orderhub.common.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.orderhub.common.alert.Alert;
import io.orderhub.common.alert.Severity;
import io.orderhub.common.testing.MutableClock;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail through a real in-process SMTP server (GreenMail). */
class EmailNotifierIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-11T02:00:00Z"));

    JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    static Notification notification() {
        Alert alert = Alert.firing("SyncLag", Severity.CRITICAL, Map.of("channel", "JD", "shop", "<b>7</b>"),
                "JD shop <b>7</b> is 40 min behind & growing", "line one\nline two",
                List.of(new Alert.Link("runbook", "https://wiki.example.com/lag?a=1&b=2")),
                Instant.parse("2026-11-11T01:20:00Z"));
        return new Notification("ops-mail", "root:alertname=SyncLag;", new TreeMap<>(Map.of("alertname", "SyncLag")),
                List.of(alert), 1, false);
    }

    @Test
    void chineseDisplayNamesAreEncodedPerRfc2047() throws Exception {
        new EmailNotifier("ops-mail", sender(), "订单中心告警 <oms@example.com>", List.of("运维值班 <ops@example.com>"),
                clock).send(notification());

        MimeMessage message = smtp.getReceivedMessages()[0];
        String from = message.getHeader("From", null);
        String to = message.getHeader("To", null);
        assertThat(from).isEqualTo("=?UTF-8?B?6K6i5Y2V5Lit5b+D5ZGK6K2m?= <oms@example.com>");
        assertThat(to).startsWith("=?UTF-8?").endsWith("<ops@example.com>");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("订单中心告警");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("运维值班");
    }

    @Test
    void sendsMultipartAlternativeWithPlainTextAndEscapedHtml() throws Exception {
        new EmailNotifier("ops-mail", sender(), "oms@example.com", List.of("ops@example.com", "dev@example.com"), clock)
                .send(notification());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        MimeMessage message = received[0];
        assertThat(message.getSubject())
                .isEqualTo("[FIRING:1] SyncLag {alertname=SyncLag}: JD shop <b>7</b> is 40 min behind & growing");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("oms@example.com"));
        assertThat(message.getRecipients(MimeMessage.RecipientType.TO))
                .containsExactly(new InternetAddress("ops@example.com"), new InternetAddress("dev@example.com"));
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        String text = (String) parts.getBodyPart(0).getContent();
        assertThat(text).contains("FIRING CRITICAL SyncLag {channel=JD, shop=<b>7</b>}")
                .contains("JD shop <b>7</b> is 40 min behind & growing")
                .contains("since 2026-11-11 09:20:00 GMT+8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html).contains("JD shop &lt;b&gt;7&lt;/b&gt; is 40 min behind &amp; growing")
                .contains("line one<br>line two")
                .contains("href=\"https://wiki.example.com/lag?a=1&amp;b=2\"")
                .doesNotContain("<b>7</b>");
    }

    @Test
    void unreachableSmtpServerIsARetryableFailure() {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);

        assertThatThrownBy(() -> new EmailNotifier("ops-mail", nowhere, "oms@example.com", List.of("ops@example.com"), clock)
                .send(notification()))
                .isInstanceOfSatisfying(NotificationFailure.class, f -> {
                    assertThat(f.reason()).isEqualTo("SMTP");
                    assertThat(f.retryable()).isTrue();
                    assertThat(f.getMessage()).startsWith("receiver ops-mail: SMTP:");
                });
    }

    @Test
    void composedMessageSendsItsSubjectTextAndHtmlAsAlternatives() throws Exception {
        new EmailNotifier("reports", sender(), "oms@example.com", List.of("manager@example.com"), clock)
                .sendComposed(new ComposedMessage("健康报告 2026-11-01", "plain summary", "<p>html summary</p>", "md"));

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("健康报告 2026-11-01");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("plain summary");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(((String) parts.getBodyPart(1).getContent()).strip()).isEqualTo("<p>html summary</p>");
    }
}
