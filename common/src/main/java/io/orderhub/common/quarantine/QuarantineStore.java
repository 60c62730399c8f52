package io.orderhub.common.quarantine;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import io.orderhub.common.persistence.RawPayloadMapper;
import io.orderhub.common.persistence.RawPayloadRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Keeps bad payloads raw (gzip) in {@code raw_payload}, one row per distinct body, and reads them back for replay. */
public class QuarantineStore {

    private static final int DETAIL_MAX = 512;

    private final RawPayloadMapper mapper;
    private final Clock clock;

    public QuarantineStore(RawPayloadMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void keep(Collection<QuarantinedPayload> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        mapper.upsertBatch(payloads.stream().map(p -> row(p, now)).toList());
    }

    /**
     * Keeps one payload, like {@link #keep(Collection)}, and returns the id of its {@code raw_payload} row (the row
     * of the same body kept before, when there is one), so the caller can name the entry.
     */
    public long keep(QuarantinedPayload payload) {
        RawPayloadRow row = row(payload, LocalDateTime.now(clock).withNano(0));
        mapper.upsertBatch(List.of(row));
        return mapper.selectOne(new QueryWrapper<RawPayloadRow>().select("id")
                .eq("channel", row.channel).eq("shop_id", row.shopId).eq("kind", row.kind)
                .eq("content_hash", row.contentHash)).id;
    }

    /**
     * Payloads still quarantined, oldest first, after {@code afterId} (keyset paging), optionally narrowed by reasons,
     * channels and shops (an empty collection means all) and by the time they were quarantined.
     */
    public List<RawPayloadRow> quarantined(Collection<QuarantineReason> reasons, Collection<String> channels,
            Collection<String> shopIds, LocalDateTime from, LocalDateTime to, long afterId, int limit) {
        QueryWrapper<RawPayloadRow> query = new QueryWrapper<RawPayloadRow>()
                .eq("state", PayloadState.QUARANTINED.name())
                .gt("id", afterId)
                .in(!reasons.isEmpty(), "reason", reasons.stream().map(QuarantineReason::name).toList())
                .in(!channels.isEmpty(), "channel", channels)
                .in(!shopIds.isEmpty(), "shop_id", shopIds)
                .ge(from != null, "received_at", from)
                .lt(to != null, "received_at", to)
                .orderByAsc("id")
                .last("LIMIT " + Math.max(1, limit));
        return mapper.selectList(query);
    }

    public void markReplayed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        RawPayloadRow change = new RawPayloadRow();
        change.state = PayloadState.REPLAYED.name();
        change.updatedAt = LocalDateTime.now(clock).withNano(0);
        mapper.update(change, new QueryWrapper<RawPayloadRow>().in("id", ids));
    }

    public static String body(RawPayloadRow row) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(row.bodyGzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("raw_payload " + row.id + ": body is not valid gzip", e);
        }
    }

    private static RawPayloadRow row(QuarantinedPayload payload, LocalDateTime now) {
        byte[] body = payload.body().getBytes(StandardCharsets.UTF_8);
        RawPayloadRow row = new RawPayloadRow();
        row.channel = payload.channel().name();
        row.shopId = payload.shopId();
        row.kind = payload.kind();
        row.platformOrderId = payload.platformOrderId();
        row.receivedAt = now;
        row.contentHash = sha256(body);
        row.bodyGzip = gzip(body);
        row.state = PayloadState.QUARANTINED.name();
        row.reason = payload.reason().name();
        row.failingField = payload.failingField();
        row.detail = payload.detail() == null || payload.detail().length() <= DETAIL_MAX
                ? payload.detail() : payload.detail().substring(0, DETAIL_MAX);
        row.updatedAt = now;
        return row;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
