package io.orderhub.sandbox.fault;

import io.orderhub.sandbox.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which faults to inject; everything off by default. Rates are probabilities per request (or per order for
 * {@code badOrderRate}); {@code channels} limits request faults to some channels (empty = all).
 *
 * @param serverErrorRate        answer HTTP 502/503 with an HTML body
 * @param serverErrorOnRequests  answer 503 on these gateway request numbers (1-based, counted across channels)
 * @param rateLimitRate          answer the platform's own rate-limit error regardless of the token buckets
 * @param serviceUnavailableRate answer the platform's own "service unavailable" error (HTTP 200, JSON)
 * @param delayMillis            delay before the response headers, applied with {@code delayRate}
 * @param timeoutRate            never answer (the socket stalls): the client's timeout fires
 * @param bodyStallRate          send headers, then stall the body
 * @param malformedJsonRate      corrupt the JSON syntax of the body
 * @param truncatedJsonRate      cut the body in half (consistent Content-Length: the HTTP exchange succeeds)
 * @param badOrderRate           fraction of orders (stable per order) served with an unknown status or a
 *                               non-numeric amount
 * @param repeatPageRate         a page after the first repeats the previous page's content
 * @param movingOrdersPerPage    on each page after the first, this many not-yet-served orders of the window are
 *                               modified so they sort onto the first page (newest-first) or past the end
 * @param shuffleWithinPage      orders inside a page come out of time order
 * @param outOfOrderModifiedRate fraction of orders (stable per order) whose latest change is stamped up to 10 minutes
 *                               late: the served modified time (and the truth's) is older than the moment the order
 *                               sorts at in window queries, so it may lie before the queried window's start
 * @param expiredTokens          tokens that expire from a moment on
 * @param callbackSignatureSwitchAt wall-clock instant from which push callbacks are signed HMAC-SHA256 instead of MD5
 */
public record FaultPlan(double serverErrorRate, List<Integer> serverErrorOnRequests, double rateLimitRate,
                        double serviceUnavailableRate,
                        long delayMillis, double delayRate, double timeoutRate, double bodyStallRate,
                        double malformedJsonRate, double truncatedJsonRate, double badOrderRate,
                        double repeatPageRate, int movingOrdersPerPage, boolean shuffleWithinPage,
                        double outOfOrderModifiedRate, List<TokenExpiry> expiredTokens, Instant callbackSignatureSwitchAt, Set<Channel> channels) {

    public FaultPlan {
        serverErrorOnRequests = serverErrorOnRequests == null ? List.of() : List.copyOf(serverErrorOnRequests);
        expiredTokens = expiredTokens == null ? List.of() : List.copyOf(expiredTokens);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public static FaultPlan none() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean appliesTo(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /** Fluent construction for the Java API; JSON uses the record's component names. */
    public static final class Builder {
        private double serverErrorRate;
        private List<Integer> serverErrorOnRequests = List.of();
        private double rateLimitRate;
        private double serviceUnavailableRate;
        private long delayMillis;
        private double delayRate;
        private double timeoutRate;
        private double bodyStallRate;
        private double malformedJsonRate;
        private double truncatedJsonRate;
        private double badOrderRate;
        private double repeatPageRate;
        private int movingOrdersPerPage;
        private boolean shuffleWithinPage;
        private double outOfOrderModifiedRate;
        private List<TokenExpiry> expiredTokens = List.of();
        private Instant callbackSignatureSwitchAt;
        private Set<Channel> channels = Set.of();

        private Builder() {
        }

        private Builder(FaultPlan p) {
            serverErrorRate = p.serverErrorRate;
            serverErrorOnRequests = p.serverErrorOnRequests;
            rateLimitRate = p.rateLimitRate;
            serviceUnavailableRate = p.serviceUnavailableRate;
            delayMillis = p.delayMillis;
            delayRate = p.delayRate;
            timeoutRate = p.timeoutRate;
            bodyStallRate = p.bodyStallRate;
            malformedJsonRate = p.malformedJsonRate;
            truncatedJsonRate = p.truncatedJsonRate;
            badOrderRate = p.badOrderRate;
            repeatPageRate = p.repeatPageRate;
            movingOrdersPerPage = p.movingOrdersPerPage;
            shuffleWithinPage = p.shuffleWithinPage;
            outOfOrderModifiedRate = p.outOfOrderModifiedRate;
            expiredTokens = p.expiredTokens;
            callbackSignatureSwitchAt = p.callbackSignatureSwitchAt;
            channels = p.channels;
        }

        public Builder serverErrorRate(double rate) {
            serverErrorRate = rate;
            return this;
        }

        public Builder serverErrorOnRequests(Integer... requestNumbers) {
            serverErrorOnRequests = List.of(requestNumbers);
            return this;
        }

        public Builder rateLimitRate(double rate) {
            rateLimitRate = rate;
            return this;
        }

        public Builder serviceUnavailableRate(double rate) {
            serviceUnavailableRate = rate;
            return this;
        }

        public Builder delay(long millis, double rate) {
            delayMillis = millis;
            delayRate = rate;
            return this;
        }

        public Builder timeoutRate(double rate) {
            timeoutRate = rate;
            return this;
        }

        public Builder bodyStallRate(double rate) {
            bodyStallRate = rate;
            return this;
        }

        public Builder malformedJsonRate(double rate) {
            malformedJsonRate = rate;
            return this;
        }

        public Builder truncatedJsonRate(double rate) {
            truncatedJsonRate = rate;
            return this;
        }

        public Builder badOrderRate(double rate) {
            badOrderRate = rate;
            return this;
        }

        public Builder repeatPageRate(double rate) {
            repeatPageRate = rate;
            return this;
        }

        public Builder movingOrdersPerPage(int count) {
            movingOrdersPerPage = count;
            return this;
        }

        public Builder shuffleWithinPage(boolean shuffle) {
            shuffleWithinPage = shuffle;
            return this;
        }

        public Builder outOfOrderModifiedRate(double rate) {
            outOfOrderModifiedRate = rate;
            return this;
        }

        public Builder expireToken(Channel channel, String shopId, Instant at) {
            expiredTokens = new java.util.ArrayList<>(expiredTokens);
            expiredTokens.add(new TokenExpiry(channel, shopId, at));
            return this;
        }

        public Builder callbackSignatureSwitchAt(Instant at) {
            callbackSignatureSwitchAt = at;
            return this;
        }

        public Builder onlyChannels(Channel... only) {
            channels = Set.of(only);
            return this;
        }

        public FaultPlan build() {
            return new FaultPlan(serverErrorRate, serverErrorOnRequests, rateLimitRate, serviceUnavailableRate,
                    delayMillis, delayRate,
                    timeoutRate, bodyStallRate, malformedJsonRate, truncatedJsonRate, badOrderRate, repeatPageRate,
                    movingOrdersPerPage, shuffleWithinPage, outOfOrderModifiedRate, expiredTokens, callbackSignatureSwitchAt,
                    channels);
        }
    }
}
