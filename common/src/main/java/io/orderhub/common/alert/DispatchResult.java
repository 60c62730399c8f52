package io.orderhub.common.alert;

/**
 * What one {@link AlertDispatcher#dispatch()} did, for the run log.
 *
 * @param sent         messages delivered
 * @param merged       groups that went out inside another group's message because of a rate limit
 * @param queued       groups due but held back by a rate limit (they go out, merged, on a later dispatch)
 * @param deduplicated groups whose content had not changed and whose repeat interval had not passed
 * @param silenced     firing alerts muted by a silence
 * @param inhibited    firing alerts muted by an inhibition rule
 * @param failed       messages a receiver did not accept (retried later, then sent to the fallback)
 * @param skipped      receivers another dispatcher held (it sends their groups)
 */
public record DispatchResult(int sent, int merged, int queued, int deduplicated, int silenced, int inhibited,
        int failed, int skipped) {

    public String summary() {
        return "sent " + sent + ", merged " + merged + ", queued " + queued + ", deduplicated " + deduplicated
                + ", silenced " + silenced + ", inhibited " + inhibited + ", failed " + failed
                + ", receivers held elsewhere " + skipped;
    }
}
