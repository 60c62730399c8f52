package io.orderhub.sync.channel.taobao;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Taobao's own sync settings, read from {@code oms.sync.*} where they have always been, so existing configurations
 * keep working.
 *
 * @param taobaoSignMethod TOP {@code sign_method} used for requests ({@code oms.sync.taobao-sign-method})
 */
@ConfigurationProperties("oms.sync")
public record TaobaoSyncProperties(@DefaultValue("HMAC_SHA256") TaobaoSigner.Method taobaoSignMethod) {
}
