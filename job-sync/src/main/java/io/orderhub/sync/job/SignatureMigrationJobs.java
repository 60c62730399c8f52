package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.inbox.signature.SignatureAdoptRequest;
import io.orderhub.sync.inbox.signature.SignatureAdoption;
import io.orderhub.sync.inbox.signature.SignatureProbe;
import io.orderhub.sync.inbox.signature.SignatureProbeRequest;
import io.orderhub.sync.inbox.signature.SignatureRevertRequest;
import org.springframework.stereotype.Component;

/**
 * XXL-JOB handlers of signature migrations: {@code signatureProbe} (prove and propose, or auto-adopt; every
 * minute), {@code signatureAdopt} (an operator approves a proposal) and {@code signatureRevert} (undo the last change).
 */
@Component
public class SignatureMigrationJobs {

    private final XxlJobBridge bridge;
    private final SignatureProbe probe;
    private final SignatureAdoption adoption;

    public SignatureMigrationJobs(XxlJobBridge bridge, SignatureProbe probe, SignatureAdoption adoption) {
        this.bridge = bridge;
        this.probe = probe;
        this.adoption = adoption;
    }

    @XxlJob("signatureProbe")
    public void signatureProbe() {
        bridge.run(SignatureProbeRequest.class, probe::run);
    }

    @XxlJob("signatureAdopt")
    public void signatureAdopt() {
        bridge.run(SignatureAdoptRequest.class, adoption::adopt);
    }

    @XxlJob("signatureRevert")
    public void signatureRevert() {
        bridge.run(SignatureRevertRequest.class, adoption::revert);
    }
}
