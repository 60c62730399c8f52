package io.orderhub.sync.inbox.signature;

import jakarta.validation.constraints.NotBlank;

/** The {@code signatureRevert} job parameter: {@code {"shop":"1001"}} undoes that shop's latest algorithm change. */
public record SignatureRevertRequest(@NotBlank String shop) {
}
