package io.orderhub.sync.inbox;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP face of the inbox: order pushes and payment notifications. Each request is stored (valid or not) and
 * only then answered in the form its sender expects; a storage failure answers 503 so the sender retries.
 */
@RestController
public class CallbackController {

    /** The headers verification needs, kept with the message so it can be verified again later. */
    static final List<String> KEPT_HEADERS = List.of("content-type", "wechatpay-timestamp", "wechatpay-nonce",
            "wechatpay-signature", "wechatpay-serial", "wechatpay-signature-type", "x-signature-timestamp",
            "x-signature-nonce", "x-signature");

    private final InboxReceiver receiver;
    private final int maxBodyBytes;

    public CallbackController(InboxReceiver receiver, @Value("${oms.inbox.max-body-bytes:65536}") int maxBodyBytes) {
        this.receiver = receiver;
        this.maxBodyBytes = maxBodyBytes;
    }

    @PostMapping("/callbacks/taobao/{shopId}")
    public ResponseEntity<String> taobaoPush(@PathVariable String shopId, HttpServletRequest request) throws IOException {
        return receive(InboxSource.TAOBAO_PUSH, shopId, request, MediaType.APPLICATION_JSON, "{\"success\":true}");
    }

    @PostMapping("/payments/alipay/{gateway}")
    public ResponseEntity<String> alipayNotify(@PathVariable String gateway, HttpServletRequest request) throws IOException {
        return receive(InboxSource.ALIPAY, gateway, request, MediaType.TEXT_PLAIN, "success");
    }

    @PostMapping("/payments/wechatpay/{gateway}")
    public ResponseEntity<String> wechatPayNotify(@PathVariable String gateway, HttpServletRequest request)
            throws IOException {
        return receive(InboxSource.WECHATPAY, gateway, request, null, null);
    }

    @PostMapping("/payments/gateway/{gateway}")
    public ResponseEntity<String> gatewayNotify(@PathVariable String gateway, HttpServletRequest request)
            throws IOException {
        return receive(InboxSource.GATEWAY, gateway, request, MediaType.TEXT_PLAIN, "OK");
    }

    private ResponseEntity<String> receive(InboxSource source, String target, HttpServletRequest request,
            MediaType replyType, String reply) throws IOException {
        Map<String, String> headers = keptHeaders(request);
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            receiver.refuse(source, target, headers, new String(body, 0, maxBodyBytes, StandardCharsets.UTF_8),
                    InboxReason.BODY_TOO_LARGE, "body: larger than " + maxBodyBytes + " bytes (first bytes kept)");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        receiver.receive(source, target, headers, new String(body, StandardCharsets.UTF_8));
        if (reply == null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok().contentType(replyType).body(reply);
    }

    private static Map<String, String> keptHeaders(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        return headers;
    }
}
