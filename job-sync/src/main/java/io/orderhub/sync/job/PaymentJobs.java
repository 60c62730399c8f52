package io.orderhub.sync.job;

import com.xxl.job.core.handler.annotation.XxlJob;
import io.orderhub.common.job.XxlJobBridge;
import io.orderhub.sync.payment.ManualPayment;
import io.orderhub.sync.payment.ManualPaymentRequest;
import io.orderhub.sync.payment.PaymentReconcile;
import io.orderhub.sync.payment.ReconcileRequest;
import org.springframework.stereotype.Component;

/** XXL-JOB handlers {@code paymentReconcile} and {@code manualMarkPaid} (人工补单, verified with the gateway). */
@Component
public class PaymentJobs {

    private final XxlJobBridge bridge;
    private final PaymentReconcile reconcile;
    private final ManualPayment manual;

    public PaymentJobs(XxlJobBridge bridge, PaymentReconcile reconcile, ManualPayment manual) {
        this.bridge = bridge;
        this.reconcile = reconcile;
        this.manual = manual;
    }

    @XxlJob("paymentReconcile")
    public void paymentReconcile() {
        bridge.run(ReconcileRequest.class, reconcile::run);
    }

    @XxlJob("manualMarkPaid")
    public void manualMarkPaid() {
        bridge.run(ManualPaymentRequest.class, manual::run);
    }
}
