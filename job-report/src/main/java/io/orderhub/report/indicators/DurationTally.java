package io.orderhub.report.indicators;

import io.orderhub.report.health.DurationStats;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.DataFormatException;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;

/**
 * Stage durations in seconds: an HdrHistogram (3 significant digits, packed: a few hundred rows a month whatever
 * the orders) plus the exact sum for the mean. Histograms merge, so a range's percentiles are true ones, not averages
 * of daily ones.
 */
final class DurationTally implements DurationRecorder {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final AbstractHistogram histogram;
    private long sumSeconds;

    DurationTally() {
        this(new PackedHistogram(SIGNIFICANT_DIGITS), 0);
    }

    private DurationTally(AbstractHistogram histogram, long sumSeconds) {
        this.histogram = histogram;
        this.sumSeconds = sumSeconds;
    }

    /** Reads a tally back from its stored encoding and sum. */
    static DurationTally decode(byte[] encoded, long sumSeconds) {
        try {
            return new DurationTally(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(encoded), 0), sumSeconds);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored stage-duration histogram cannot be decoded: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean record(long seconds) {
        if (seconds < 0) {
            return false;
        }
        histogram.recordValue(seconds);
        sumSeconds += seconds;
        return true;
    }

    void add(DurationTally other) {
        histogram.add(other.histogram);
        sumSeconds += other.sumSeconds;
    }

    long count() {
        return histogram.getTotalCount();
    }

    long sumSeconds() {
        return sumSeconds;
    }

    /** The value at the percentile, as the lowest value of its bucket (exact below 2048 s, else within 0.1 %). */
    long percentile(double percentile) {
        return histogram.lowestEquivalentValue(histogram.getValueAtPercentile(percentile));
    }

    Optional<DurationStats> stats() {
        long count = count();
        return count == 0 ? Optional.empty()
                : Optional.of(new DurationStats(count, (double) sumSeconds / count, percentile(50), percentile(95)));
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] encoded = new byte[length];
        buffer.flip();
        buffer.get(encoded);
        return encoded;
    }
}
