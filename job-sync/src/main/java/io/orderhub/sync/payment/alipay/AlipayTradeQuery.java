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
 * {@code 40004 / ACQ.TRADE_NOT_EXIST} means the trade is unknown to Alipay.
 */
@Component
public class AlipayTradeQuery implements GatewayQuery {

    private static final String NODE = "alipay_trade_query_response";
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");

    private final JsonMapper json = JsonMapper.builder().build();
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
        TreeMap<String, String> params = new TreeMap<>();
        params.put("app_id", gateway.appId());
        params.put("method", "alipay.trade.query");
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", AlipayNotifyVerifier.TIME.format(LocalDateTime.now(clock)));
        params.put("version", "1.0");
        params.put("biz_content", json.writeValueAsString(JsonNodeFactory.instance.objectNode().put("out_trade_no", outTradeNo)));
        params.put("sign", Rsa.sign(gateway.merchantPrivateKey(), AlipayNotifyVerifier.signedContent(params)));
        FormBody.Builder form = new FormBody.Builder();
        params.forEach(form::add);
        GatewayHttp.Reply reply = http.call(new Request.Builder().url(gateway.apiBaseUrl()).post(form.build()).build(),
                gateway.name());
        if (reply.code() != 200) {
            throw new GatewayQueryException(gateway.name() + ": alipay.trade.query answered HTTP " + reply.code());
        }
        String nodeText = JsonText.objectMember(reply.body(), NODE).orElseThrow(() ->
                new GatewayQueryException(gateway.name() + ": reply has no " + NODE));
        JsonNode root = json.readTree(reply.body());
        String sign = root.path("sign").asString(null);
        if (sign == null || !Rsa.verify(gateway.gatewayPublicKey(), nodeText, sign)) {
            throw new GatewayQueryException(gateway.name() + ": " + NODE + " is not signed by Alipay's key; not trusted");
        }
        JsonNode node = root.path(NODE);
        String code = node.path("code").asString("");
        if ("40004".equals(code) && "ACQ.TRADE_NOT_EXIST".equals(node.path("sub_code").asString(""))) {
            return Optional.empty();
        }
        if (!"10000".equals(code)) {
            throw new GatewayQueryException(gateway.name() + ": alipay.trade.query code " + code + " "
                    + node.path("sub_code").asString("") + " " + node.path("sub_msg").asString(""));
        }
        String status = node.path("trade_status").asString("");
        String paidAt = node.path("send_pay_date").asString(null);
        return Optional.of(new PaymentNotice(node.path("out_trade_no").asString(outTradeNo),
                node.path("trade_no").asString(null), status, PAID.contains(status),
                Yuan.parse(node.path("total_amount").asString("")),
                paidAt == null || paidAt.isBlank() ? null : LocalDateTime.parse(paidAt, AlipayNotifyVerifier.TIME)));
    }
}
