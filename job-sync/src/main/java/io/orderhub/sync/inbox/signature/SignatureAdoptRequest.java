package io.orderhub.sync.inbox.signature;

import jakarta.validation.constraints.NotBlank;

/**
 * The {@code signatureAdopt} job parameter, as the {@code SignatureMigration} alert gives it:
 * {@code {"shop":"1001","method":"hmac-sha256"}} (a Taobao shop; {@code md5}, {@code hmac} or {@code hmac-sha256}).
 */
public record SignatureAdoptRequest(@NotBlank String shop, @NotBlank String method) {
}
