package io.orderhub.common.order;

import static io.orderhub.common.order.RefundState.NONE;
import static io.orderhub.common.order.RefundState.PARTIAL;
import static io.orderhub.common.order.RefundState.REFUNDED;
import static io.orderhub.common.order.RefundState.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefundStateTest {

    @Test
    void allLinesRefundedMeansRefunded() {
        assertThat(RefundState.ofLines(List.of(REFUNDED, REFUNDED))).isEqualTo(REFUNDED);
    }

    @Test
    void someLinesRefundedMeansPartial() {
        assertThat(RefundState.ofLines(List.of(REFUNDED, NONE))).isEqualTo(PARTIAL);
        assertThat(RefundState.ofLines(List.of(REFUNDED, REQUESTED))).isEqualTo(PARTIAL);
    }

    @Test
    void aRequestWithoutRefundsMeansRequested() {
        assertThat(RefundState.ofLines(List.of(NONE, REQUESTED))).isEqualTo(REQUESTED);
    }

    @Test
    void noLinesOrNoRefundsMeansNone() {
        assertThat(RefundState.ofLines(List.of())).isEqualTo(NONE);
        assertThat(RefundState.ofLines(List.of(NONE, NONE))).isEqualTo(NONE);
    }
}
