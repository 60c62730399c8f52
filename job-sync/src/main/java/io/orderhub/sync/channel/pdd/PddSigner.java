package io.orderhub.sync.channel.pdd;

import io.orderhub.sync.channel.http.ApiCall;
import io.orderhub.sync.channel.http.Digest;
import io.orderhub.sync.channel.http.FormParams;
import io.orderhub.sync.channel.http.RequestSigner;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * Pinduoduo signing: all parameters (all sent in the form body) except {@code sign}, sorted by name, as
 * {@code client_secret + k1v1k2v2… + client_secret}, MD5, uppercase hex; {@code timestamp} in Unix seconds.
 */
public final class PddSigner implements RequestSigner {

    @Override
    public Request sign(Request unsigned, ApiCall call, Instant now) {
        FormBody form = (FormBody) unsigned.body();
        FormBody.Builder timed = new FormBody.Builder();
        for (int i = 0; i < form.size(); i++) {
            if (!form.name(i).equals("timestamp") && !form.name(i).equals("sign")) {
                timed.add(form.name(i), form.value(i));
            }
        }
        timed.add("timestamp", Long.toString(now.getEpochSecond()));
        Request withTimestamp = unsigned.newBuilder().post(timed.build()).build();
        String sign = sign(FormParams.of(withTimestamp), call.shop().appSecret());
        FormBody.Builder signed = new FormBody.Builder();
        FormBody body = (FormBody) withTimestamp.body();
        for (int i = 0; i < body.size(); i++) {
            signed.add(body.name(i), body.value(i));
        }
        signed.add("sign", sign);
        return withTimestamp.newBuilder().post(signed.build()).build();
    }

    String sign(TreeMap<String, String> params, String secret) {
        return Digest.MD5.hex(null, secret + FormParams.concatenated(params) + secret).toUpperCase(Locale.ROOT);
    }
}
