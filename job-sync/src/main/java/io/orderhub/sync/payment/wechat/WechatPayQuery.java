package io.orderhub.sync.payment.wechat;

import io.orderhub.common.money.Yuan;
import io.orderhub.sync.payment.GatewayHttp;
import io.orderhub.sync.payment.GatewayQuery;
import io.orderhub.sync.payment.GatewayQueryException;
import io.orderhub.sync.payment.GatewayType;
import io.orderhub.sync.payment.PaymentGateway;
import io.orderhub.sync.payment.PaymentNotice;
import io.orderhub.sync.payment.Rsa;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay v3 order query by {@code out_trade_no}. The request carries {@code Authorization:
 * WECHATPAY2-SHA256-RSA2048} signed with our merchant key over {@code method\nurl\ntimestamp\nnonce\nbody\n}; the
 * reply is trusted only when its {@code Wechatpay-Signature} verifies with the platform key.
 */
@Component
public class WechatPayQuery implements GatewayQuery {

    private final JsonMapper json = JsonMapper.builder().build();
    private final GatewayHttp http;
    private final Clock clock;

    public WechatPayQuery(GatewayHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public GatewayType gatewayType() {
        return GatewayType.WECHATPAY;
    }

    @Override
    public Optional<PaymentNotice> query(PaymentGateway gateway, String outTradeNo) {
        HttpUrl url = HttpUrl.get(gateway.apiBaseUrl()).newBuilder()
                .addPathSegments("v3/pay/transactions/out-trade-no").addPathSegment(outTradeNo)
                .addQueryParameter("mchid", gateway.merchantId()).build();
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String canonical = url.encodedPath() + "?" + url.encodedQuery();
        String signature = Rsa.sign(gateway.merchantPrivateKey(),
                "GET\n" + canonical + "\n" + timestamp + "\n" + nonce + "\n\n");
        String authorization = "WECHATPAY2-SHA256-RSA2048 mchid=\"" + gateway.merchantId() + "\",nonce_str=\"" + nonce
                + "\",signature=\"" + signature + "\",timestamp=\"" + timestamp + "\",serial_no=\""
                + gateway.merchantSerial() + "\"";
        GatewayHttp.Reply reply = http.call(new Request.Builder().url(url).get()
                .header("Authorization", authorization).header("Accept", "application/json").build(), gateway.name());
        verifyReply(gateway, reply);
        JsonNode body = json.readTree(reply.body());
        if (reply.code() == 404 && "ORDER_NOT_EXIST".equals(body.path("code").asString(""))) {
            return Optional.empty();
        }
        if (reply.code() != 200) {
            throw new GatewayQueryException(gateway.name() + ": order query answered HTTP " + reply.code() + " "
                    + body.path("code").asString("") + " " + body.path("message").asString(""));
        }
        String state = body.path("trade_state").asString("");
        String successTime = body.path("success_time").asString(null);
        return Optional.of(new PaymentNotice(body.path("out_trade_no").asString(outTradeNo),
                body.path("transaction_id").asString(null), state, "SUCCESS".equals(state),
                Yuan.ofFen(body.path("amount").path("total").asLong()),
                successTime == null || successTime.isBlank() ? null
                        : OffsetDateTime.parse(successTime).atZoneSameInstant(WechatPayNotifyVerifier.CHINA).toLocalDateTime()));
    }

    private static void verifyReply(PaymentGateway gateway, GatewayHttp.Reply reply) {
        String signature = reply.headers().get("Wechatpay-Signature");
        String timestamp = reply.headers().get("Wechatpay-Timestamp");
        String nonce = reply.headers().get("Wechatpay-Nonce");
        String serial = reply.headers().get("Wechatpay-Serial");
        if (signature == null || timestamp == null || nonce == null
                || !gateway.platformSerial().equalsIgnoreCase(String.valueOf(serial))
                || !Rsa.verify(gateway.gatewayPublicKey(), timestamp + "\n" + nonce + "\n" + reply.body() + "\n", signature)) {
            throw new GatewayQueryException(gateway.name() + ": query reply (HTTP " + reply.code()
                    + ") is not signed by the platform certificate " + gateway.platformSerial() + "; not trusted");
        }
    }
}
