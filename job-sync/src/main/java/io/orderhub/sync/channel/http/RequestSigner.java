package io.orderhub.sync.channel.http;

import java.time.Instant;
import okhttp3.Request;

/** Adds a platform's timestamp and signature to an unsigned request. One per platform, in its channel package. */
public interface RequestSigner {

    Request sign(Request unsigned, ApiCall call, Instant now);
}
