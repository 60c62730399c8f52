package io.orderhub.sync.channel.http;

import io.orderhub.common.order.Channel;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Signs every platform request with its channel's signer, afresh on each attempt (timestamps must be recent). */
final class SigningInterceptor implements Interceptor {

    private final Map<Channel, RequestSigner> signers;
    private final Clock clock;

    SigningInterceptor(Map<Channel, RequestSigner> signers, Clock clock) {
        this.signers = Map.copyOf(signers);
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        ApiCall call = chain.request().tag(ApiCall.class);
        if (call == null) {
            return chain.proceed(chain.request());
        }
        RequestSigner signer = signers.get(call.shop().channel());
        if (signer == null) {
            throw new IllegalStateException("no signer for " + call.shop().channel());
        }
        return chain.proceed(signer.sign(chain.request(), call, clock.instant()));
    }
}
