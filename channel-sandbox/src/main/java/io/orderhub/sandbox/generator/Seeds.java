package io.orderhub.sandbox.generator;

/** Mixes (seed, channel, shop, index, …) into independent, well-spread 64-bit seeds (SplitMix64 finaliser). */
public final class Seeds {
    private Seeds() {
    }

    public static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = finalise(h ^ finalise(part + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** A stable value in [0, 1) for fraction-based choices that must not depend on draw order. */
    public static double unit(long... parts) {
        return (mix(parts) >>> 11) * 0x1.0p-53;
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
