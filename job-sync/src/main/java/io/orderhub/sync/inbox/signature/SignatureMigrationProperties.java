package io.orderhub.sync.inbox.signature;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oms.inbox.signature-migration.*}: when held pushes prove that a platform switched its signature algorithm.
 *
 * @param minProofs distinct held messages that must verify under the candidate (and none under the configured one)
 * @param minSpan   the time between the first and the last of them, by our receipt time: a burst is no proof of a switch
 * @param sampleSize distinct held messages re-verified per shop and run, newest first (at least {@code minProofs})
 * @param autoAdopt  {@code TAOBAO: true} for a channel, {@code "[TAOBAO/1001]": true} for one shop (wins over the
 *                   channel); default off: the suite only proposes
 */
@ConfigurationProperties("oms.inbox.signature-migration")
public record SignatureMigrationProperties(@DefaultValue("20") int minProofs, @DefaultValue("2m") Duration minSpan,
        @DefaultValue("50") int sampleSize, Map<String, Boolean> autoAdopt) {

    public SignatureMigrationProperties {
        if (minProofs < 1) {
            throw new IllegalArgumentException("oms.inbox.signature-migration.min-proofs must be at least 1, was "
                    + minProofs);
        }
        if (sampleSize < minProofs) {
            throw new IllegalArgumentException("oms.inbox.signature-migration.sample-size (" + sampleSize
                    + ") must be at least min-proofs (" + minProofs + ")");
        }
        if (minSpan == null || minSpan.isNegative()) {
            throw new IllegalArgumentException("oms.inbox.signature-migration.min-span must not be negative");
        }
        TreeMap<String, Boolean> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (autoAdopt != null) {
            keys.putAll(autoAdopt);
        }
        autoAdopt = keys;
    }

    /** Whether a proven, not weaker algorithm is adopted without an operator: the shop's setting, else its channel's. */
    public boolean autoAdopts(String channel, String shopId) {
        Boolean shop = autoAdopt.get(channel + "/" + shopId);
        return shop != null ? shop : autoAdopt.getOrDefault(channel.toUpperCase(Locale.ROOT), false);
    }
}
