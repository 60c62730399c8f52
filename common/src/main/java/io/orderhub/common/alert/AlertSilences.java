package io.orderhub.common.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Silences in {@code alert_silence}: add one, expire one, list the active ones. */
public class AlertSilences {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AlertSilences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param matchers e.g. {@code ["alertname=SyncLag", "shop=~\"10(01|02)\""]}
     * @return the silence's id
     * @throws IllegalArgumentException for a bad matcher, no matcher, or an empty time range
     */
    public long add(List<String> matchers, Instant startsAt, Instant endsAt, String author, String comment) {
        List<LabelMatcher> parsed = matchers.stream().map(LabelMatcher::parse).toList();
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a silence needs an author");
        }
        new Silence(0, parsed, startsAt, endsAt, author, Objects.requireNonNullElse(comment, ""));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO alert_silence (matchers, starts_at, ends_at, author,"
                    + " comment, created_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, JSON.writeValueAsString(parsed.stream().map(LabelMatcher::toString).toList()));
            statement.setObject(2, AlertStore.time(startsAt));
            statement.setObject(3, AlertStore.time(endsAt));
            statement.setString(4, AlertStore.truncate(author, 64));
            statement.setString(5, AlertStore.truncate(Objects.requireNonNullElse(comment, ""), 512));
            statement.setObject(6, AlertStore.time(clock.instant()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Ends the silence now (it stays in the table for the record); false if it was not active. */
    public boolean expire(long id) {
        Instant now = clock.instant();
        return jdbc.update("UPDATE alert_silence SET ends_at = ? WHERE id = ? AND ends_at > ?",
                AlertStore.time(now), id, AlertStore.time(now)) == 1;
    }

    public List<Silence> active(Instant now) {
        return jdbc.query("SELECT * FROM alert_silence WHERE starts_at <= ? AND ends_at > ? ORDER BY id",
                (rs, i) -> new Silence(rs.getLong("id"),
                        JSON.readValue(rs.getString("matchers"), new TypeReference<List<String>>() { }).stream()
                                .map(LabelMatcher::parse).toList(),
                        AlertStore.instant(rs, "starts_at"), AlertStore.instant(rs, "ends_at"), rs.getString("author"),
                        rs.getString("comment")),
                AlertStore.time(now), AlertStore.time(now));
    }
}
