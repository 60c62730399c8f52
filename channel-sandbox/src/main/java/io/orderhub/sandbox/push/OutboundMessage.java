package io.orderhub.sandbox.push;

import io.orderhub.sandbox.Channel;
import java.util.function.Supplier;

/**
 * One message the sandbox sends (and resends with the same id until acknowledged): what it is about, its content
 * (rendered once, on the first attempt, so retries carry the same bytes) and its delivery record.
 *
 * @param label the Taobao topic, or the payment status the notify reports
 * @param eventAt simulated instant (Unix seconds) of the lifecycle event
 */
public final class OutboundMessage {
    private final String messageId;
    private final MessageTarget target;
    private final Channel channel;
    private final String shopId;
    private final String gateway;
    private final String orderId;
    private final String label;
    private final long eventAt;
    private final MessageComposer composer;
    private final Supplier<String> content;
    private String renderedContent;
    private MessageState state;
    private int attempts;
    private int deliveries;
    private int lastHttpStatus;
    private String lastSignAlgorithm;
    private WireRequest lastWire;

    public OutboundMessage(String messageId, MessageTarget target, Channel channel, String shopId, String gateway,
                           String orderId, String label, long eventAt, MessageComposer composer,
                           Supplier<String> content) {
        this.messageId = messageId;
        this.target = target;
        this.channel = channel;
        this.shopId = shopId;
        this.gateway = gateway;
        this.orderId = orderId;
        this.label = label;
        this.eventAt = eventAt;
        this.composer = composer;
        this.content = content;
        this.state = MessageState.QUEUED;
    }

    public String messageId() {
        return messageId;
    }

    public MessageTarget target() {
        return target;
    }

    public Channel channel() {
        return channel;
    }

    public String shopId() {
        return shopId;
    }

    /** The payment gateway name; null for Taobao pushes. */
    public String gateway() {
        return gateway;
    }

    public String orderId() {
        return orderId;
    }

    public String label() {
        return label;
    }

    public long eventAt() {
        return eventAt;
    }

    MessageComposer composer() {
        return composer;
    }

    /** The message content (trade JSON, notify parameters or transaction JSON), rendered on first use. */
    public synchronized String content() {
        if (renderedContent == null) {
            renderedContent = content.get();
        }
        return renderedContent;
    }

    public synchronized MessageState state() {
        return state;
    }

    synchronized void state(MessageState next) {
        state = next;
    }

    public synchronized int attempts() {
        return attempts;
    }

    synchronized int recordAttempt(String signAlgorithm, WireRequest wire) {
        lastSignAlgorithm = signAlgorithm;
        lastWire = wire;
        return ++attempts;
    }

    synchronized void recordAnswer(int httpStatus, boolean acknowledged) {
        lastHttpStatus = httpStatus;
        if (acknowledged) {
            deliveries++;
        }
    }

    /** Acknowledged deliveries (2 when the duplicate fault resent an acknowledged message). */
    public synchronized int deliveries() {
        return deliveries;
    }

    public synchronized int lastHttpStatus() {
        return lastHttpStatus;
    }

    public synchronized String lastSignAlgorithm() {
        return lastSignAlgorithm;
    }

    /** The last attempt as sent (for the REPLAYED forgery); null before the first attempt. */
    public synchronized WireRequest lastWire() {
        return lastWire;
    }
}
