package io.orderhub.sandbox.http;

import io.orderhub.sandbox.Channel;

/** One platform's API gateway: authenticates a call, runs the method, renders the answer or the platform error. */
public interface PlatformGateway {
    Channel channel();

    /** The gateway path, e.g. {@code /router/rest}. */
    String path();

    GatewayReply handle(SandboxRequest request);
}
