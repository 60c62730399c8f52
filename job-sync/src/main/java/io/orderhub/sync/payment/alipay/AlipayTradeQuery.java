package io.orderhub.sync.payment.alipay;

import io.orderhub.common.money.Yuan;
import io.orderhub.sync.payment.GatewayHttp;
import io.orderhub.sync.payment.GatewayQuery;
import io.orderhub.sync.payment.GatewayQueryException;
import io.orderhub.sync.payment.GatewayType;
import io.orderhub.sync.payment.JsonText;
import io.orderhub.sync.payment.PaymentGateway;
import io.orderhub.sync.payment.PaymentNotice;
import io.orderhub.sync.payment.Rsa;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.Request;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code alipay.trade.query}: a form POST signed RSA2 with our app private key; the reply's
 * {@code alipay_trade_query_response} text is verified with Alipay's public key before anything in it is used.
 * {@code 40004 / ACQ.TRADE_NOT_EXIST} means the trade is unknown to Alipay. Failures carry Alipay's
 * {@code code}/{@code sub_code}/{@code sub_msg}.
 */
@Component
public class AlipayTradeQuery implements GatewayQuery {

    private static final String NODE = "alipay_trade_query_response";
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Codes Alipay answers signed: success and business failures ({@code 40004}, e.g. trade not found). */
    private static final Set<String> ANSWERS = Set.of("10000", "40004");

    private final GatewayHttp http;
    private final Clock clock;

    public AlipayTradeQuery(GatewayHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public GatewayType gatewayType() {
        return GatewayType.ALIPAY;
    }

    @Override
    public Optional<PaymentNotice> query(PaymentGateway gateway, String outTradeNo) {
        FormBody.Builder form = new FormBody.Builder();
        signedRequest(gateway.appId(), outTradeNo, LocalDateTime.now(clock), gateway.merchantPrivateKey())
                .forEach(form::add);
        GatewayHttp.Reply reply = http.call(new Request.Builder().url(gateway.apiBaseUrl()).post(form.build()).build(),
                gateway.name());
        if (reply.code() != 200) {
            throw new GatewayQueryException(gateway.name() + ": alipay.trade.query answered HTTP " + reply.code());
        }
        String nodeText = JsonText.objectMember(reply.body(), NODE).orElseThrow(() ->
                new GatewayQueryException(gateway.name() + ": reply has no " + NODE));
        JsonNode root = JSON.readTree(reply.body());
        JsonNode node = root.path(NODE);
        String code = node.path("code").asString("");
        String sign = root.path("sign").asString(null);
        if (sign == null && !ANSWERS.contains(code)) {
            // Alipay does not sign a request it refused at the gateway (bad signature, app id, method…): its own
            // code is what the operator needs, and an error can never mark an order paid.
            throw new GatewayQueryException(gateway.name() + ": alipay.trade.query refused: " + alipayError(node));
        }
        if (sign == null || !Rsa.verify(gateway.gatewayPublicKey(), nodeText, sign)) {
            throw new GatewayQueryException(gateway.name() + ": " + NODE + " (" + alipayError(node)
                    + ") is not signed by Alipay's key; not trusted");
        }
        if ("40004".equals(code) && "ACQ.TRADE_NOT_EXIST".equals(node.path("sub_code").asString(""))) {
            return Optional.empty();
        }
        if (!"10000".equals(code)) {
            throw new GatewayQueryException(gateway.name() + ": alipay.trade.query " + alipayError(node));
        }
        String status = node.path("trade_status").asString("");
        String paidAt = node.path("send_pay_date").asString(null);
        return Optional.of(new PaymentNotice(node.path("out_trade_no").asString(outTradeNo),
                node.path("trade_no").asString(null), status, PAID.contains(status),
                Yuan.parse(node.path("total_amount").asString("")),
                paidAt == null || paidAt.isBlank() ? null : LocalDateTime.parse(paidAt, AlipayNotifyVerifier.TIME)));
    }

    /** The form of an {@code alipay.trade.query} request, {@code sign} made by Alipay's request rule. */
    static TreeMap<String, String> signedRequest(String appId, String outTradeNo, LocalDateTime at, PrivateKey key) {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("app_id", appId);
        params.put("method", "alipay.trade.query");
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", AlipayNotifyVerifier.TIME.format(at));
        params.put("version", "1.0");
        params.put("biz_content", JSON.writeValueAsString(JsonNodeFactory.instance.objectNode().put("out_trade_no", outTradeNo)));
        params.put("sign", Rsa.sign(key, AlipaySignedText.ofRequest(params)));
        return params;
    }

    /** Alipay's own words: {@code code msg sub_code sub_msg}, as its error-code table lists them. */
    private static String alipayError(JsonNode node) {
        StringBuilder text = new StringBuilder("code ").append(node.path("code").asString("?"));
        for (String field : new String[] {"msg", "sub_code", "sub_msg"}) {
            String value = node.path(field).asString("");
            if (!value.isEmpty()) {
                text.append(' ').append(field).append(' ').append(value);
            }
        }
        return text.toString();
    }
}
