package io.orderhub.common.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void everyKeyIsOwnedByExactlyOneShard() {
        int total = 3;
        for (int key = 0; key < 1000; key++) {
            String shop = "TAOBAO/shop-" + key;
            long owners = IntStream.range(0, total).filter(i -> new Shard(i, total).owns(shop)).count();
            assertThat(owners).as(shop).isEqualTo(1);
        }
    }

    @Test
    void keysAreSpreadOverShards() {
        long onFirst = IntStream.range(0, 1000).filter(k -> new Shard(0, 2).owns("JD/" + k)).count();
        assertThat(onFirst).isBetween(400L, 600L);
    }

    @Test
    void aSoleShardOwnsEverything() {
        assertThat(Shard.SOLE.owns("anything")).isTrue();
    }

    @Test
    void anIndexOutsideTheTotalIsRefused() {
        assertThatThrownBy(() -> new Shard(2, 2)).hasMessageContaining("2/2");
    }
}
