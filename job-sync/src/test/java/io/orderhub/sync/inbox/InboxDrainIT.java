package io.orderhub.sync.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.common.job.JobContext;
import io.orderhub.common.job.Shard;
import io.orderhub.common.order.Channel;
import io.orderhub.common.testing.MariaDbTestContext;
import io.orderhub.sync.JobSyncApplication;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The drain's one-by-one fallback after a failed batch, with a second drain started while the first one is
 * applying a message: each message is applied once, and the one being applied is locked against the other drain.
 */
@SpringBootTest(classes = JobSyncApplication.class)
@ContextConfiguration(initializers = MariaDbTestContext.class)
@ActiveProfiles("test")
class InboxDrainIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    InboxStore store;
    @Autowired
    Clock clock;

    private final Map<Long, Timestamp> parked = new HashMap<>();

    @BeforeEach
    void parkOtherTestsMessages() {
        // The schema is shared by the JVM's test classes: keep their due verified rows out of this drain's way.
        jdbc.query("SELECT id, next_attempt_at FROM inbox_message WHERE state = 'VERIFIED' AND (next_attempt_at IS NULL "
                + "OR next_attempt_at <= ?)", rs -> {
                    parked.put(rs.getLong(1), rs.getTimestamp(2));
                }, Timestamp.valueOf(LocalDateTime.now(clock)));
        parked.keySet().forEach(id -> jdbc.update("UPDATE inbox_message SET next_attempt_at = '2999-01-01 00:00:00' "
                + "WHERE id = ?", id));
    }

    @AfterEach
    void unpark() {
        parked.forEach((id, at) -> jdbc.update("UPDATE inbox_message SET next_attempt_at = ? WHERE id = ?", at, id));
    }

    @Test
    void aFailedBatchIsLoggedAndAppliedOneByOneUnderLocksWhileASecondDrainRunsNothingTwice() {
        String shop = "drain-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(store.store(new InboundMessage(InboxSource.TAOBAO_PUSH, shop, Map.of(), "body " + i,
                    LocalDateTime.now(clock)), Verdict.verified(Channel.TAOBAO, shop, null, "m-" + i, "md5", false)).id());
        }
        List<Long> appliedIds = Collections.synchronizedList(new ArrayList<>());
        List<Long> lockableWhileApplied = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean secondDrainStarted = new AtomicBoolean();
        List<String> operatorLog = Collections.synchronizedList(new ArrayList<>());
        InboxDrain[] second = new InboxDrain[1];

        MessageApplier applier = new MessageApplier() {
            @Override
            public Set<InboxSource> sources() {
                return Set.of(InboxSource.TAOBAO_PUSH);
            }

            @Override
            public Map<Long, ApplyOutcome> apply(List<InboxRow> rows) {
                if (rows.size() > 1) {
                    throw new IllegalStateException("a batch this applier cannot take");
                }
                long id = rows.get(0).id();
                appliedIds.add(id);
                // from another connection: can the message being applied be taken right now?
                if (!lockedElsewhere(id)) {
                    lockableWhileApplied.add(id);
                }
                if (secondDrainStarted.compareAndSet(false, true)) {
                    CompletableFuture.runAsync(() -> second[0].run(new DrainRequest(null), JobContext.STANDALONE)).join();
                }
                return Map.of(id, ApplyOutcome.applied("test"));
            }
        };
        InboxProcessor processor = new InboxProcessor(List.of(applier), store, List.of(Duration.ofMinutes(1)),
                Duration.ofDays(7));
        InboxDrain first = new InboxDrain(store, processor, tx, clock);
        second[0] = new InboxDrain(store, processor, tx, clock);

        first.run(new DrainRequest(null), new JobContext(Shard.SOLE, (pattern, args) ->
                operatorLog.add(org.slf4j.helpers.MessageFormatter.arrayFormat(pattern, args).getMessage())));

        assertThat(appliedIds).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(lockableWhileApplied).isEmpty();
        assertThat(jdbc.queryForList("SELECT CONCAT(state, '/', attempts) FROM inbox_message WHERE shop_id = ?",
                String.class, shop)).containsOnly("APPLIED/1");
        assertThat(operatorLog).anyMatch(line -> line.contains("batch failed")
                && line.contains("IllegalStateException: a batch this applier cannot take"));
    }

    /** True when another transaction holds the row: this one cannot lock it and skips it. */
    private boolean lockedElsewhere(long id) {
        return CompletableFuture.supplyAsync(() -> tx.execute(status -> jdbc.queryForList(
                "SELECT id FROM inbox_message WHERE id = ? FOR UPDATE SKIP LOCKED", Long.class, id).isEmpty())).join();
    }
}
