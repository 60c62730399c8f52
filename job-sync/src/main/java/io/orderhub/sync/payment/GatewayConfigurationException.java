package io.orderhub.sync.payment;

/** A gateway setting is missing or unusable; the message names the setting, never its value. */
public class GatewayConfigurationException extends RuntimeException {

    public GatewayConfigurationException(String message) {
        super(message);
    }
}
