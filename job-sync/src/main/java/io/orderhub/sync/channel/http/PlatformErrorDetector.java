package io.orderhub.sync.channel.http;

import io.orderhub.sync.channel.PlatformError;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Recognises a platform's error body (they arrive with HTTP 200). One per platform, in its channel package. */
public interface PlatformErrorDetector {

    Optional<PlatformError> detect(JsonNode body);
}
