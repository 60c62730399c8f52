package io.orderhub.common.job;

/**
 * This executor's part of a sharding broadcast. Assignment is a pure function of the key and the shard count, so
 * every executor agrees without talking to the others; the index changes when executors join or leave (XXL-JOB
 * numbers them by sorted address), which is why nothing is remembered between runs.
 */
public record Shard(int index, int total) {

    public static final Shard SOLE = new Shard(0, 1);

    public Shard {
        if (total < 1 || index < 0 || index >= total) {
            throw new IllegalArgumentException("shard " + index + "/" + total + " is not valid");
        }
    }

    public boolean owns(String key) {
        return total == 1 || Math.floorMod(stableHash(key), total) == index;
    }

    /** FNV-1a over the UTF-16 chars: spreads similar shop ids better than String.hashCode and is fixed forever. */
    private static int stableHash(String key) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

    @Override
    public String toString() {
        return index + "/" + total;
    }
}
