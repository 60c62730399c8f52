package io.orderhub.monitor.watch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an operator does when a sender's signatures stopped verifying: for order pushes, first the proposal of
 * job-sync's {@code signatureProbe} (the algorithm proven from the held pushes); otherwise fix the one setting that
 * names the algorithm or key, then replay exactly the held callbacks with the {@code inboxReplay} parameter given here (copy-paste,
 * nothing to work out at 3 a.m.).
 *
 * @param sender {@code TAOBAO_PUSH}, or a payment source and gateway: {@code ALIPAY:ali-main}
 */
record SignatureSwitchAdvice(ShopKey shop, String sender, LocalDateTime firstFailure) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter PARAMETER_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final String ORDER_PUSH = "TAOBAO_PUSH";

    String whatToDo(Map<String, Integer> heldSignMethods) {
        String fix = ORDER_PUSH.equals(sender)
                ? "1. set channel_shop.callback_sign_method of " + shop + " to the algorithm the platform signs with "
                        + "now (the held callbacks claim sign_method " + heldSignMethods + "; the claim is not "
                        + "trusted, so it only verifies once configured)"
                : "1. check oms.payments.gateways." + gateway() + " (did the gateway rotate its public key / "
                        + "platform certificate?) and point its key reference at the new key";
        String proven = ORDER_PUSH.equals(sender)
                ? "signatureProbe re-verifies the held pushes with the shop's secret under every documented algorithm: "
                        + "a proven one comes as the CRITICAL alert SignatureMigration{channel,shop} with the exact "
                        + "signatureAdopt parameter (switches and replays in one step; done without you where "
                        + "oms.inbox.signature-migration.auto-adopt is on). Without that alert, by hand:\n"
                : "";
        return "What to do:\n" + proven + fix + "\n2. run inboxReplay with the parameter " + replayParameter()
                + "\n3. this alert resolves on the next failureSpikeWatch run with the final figures";
    }

    /** The {@code inboxReplay} parameter that re-verifies exactly these held callbacks. */
    String replayParameter() {
        ObjectNode parameter = JSON.createObjectNode();
        parameter.putArray("sources").add(source());
        if (!shop.channel().equals(source())) {
            parameter.putArray("channels").add(shop.channel());
            parameter.putArray("shops").add(shop.shop());
        }
        parameter.putArray("reasons").add("SIGNATURE_MISMATCH");
        parameter.put("from", PARAMETER_TIME.format(firstFailure.withNano(0)));
        return JSON.writeValueAsString(parameter);
    }

    private String source() {
        int colon = sender.indexOf(':');
        return colon < 0 ? sender : sender.substring(0, colon);
    }

    private String gateway() {
        int colon = sender.indexOf(':');
        return colon < 0 ? "<gateway>" : sender.substring(colon + 1);
    }
}
