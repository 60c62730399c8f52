package io.orderhub.monitor.consistency.source;

import io.orderhub.common.job.RunLog;
import io.orderhub.common.secret.SecretResolver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * External records on another database server ({@code oms.consistency.remote.<kind>}): the query is streamed from
 * there (the driver's fetch size, never the whole result in memory), every row is read against the contract like a
 * CSV row, and good rows are upserted into staging in batches; bad rows are kept in {@code cc_rejected_row} with
 * origin {@code remote}, their row number, field and reason. The kind's staging is replaced in one transaction under
 * the {@link StagingLock}. The password is a reference ({@code env:NAME}), resolved when the run starts, never logged.
 */
public class RemoteQuerySource {

    private static final int BATCH = 1000;
    private static final int FETCH = 1000;

    /** One remote source: JDBC URL, user, password reference and query returning the contract's columns. */
    public record Remote(@jakarta.validation.constraints.NotBlank String url, String username, String passwordRef,
            @jakarta.validation.constraints.NotBlank String query) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SecretResolver secrets;
    private final Map<SourceKind, Remote> remotes;
    private final RejectedRows rejectedRows;
    private final Clock clock;

    public RemoteQuerySource(JdbcTemplate jdbc, TransactionTemplate transactions, SecretResolver secrets,
            Map<SourceKind, Remote> remotes, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = secrets;
        this.remotes = Map.copyOf(remotes);
        this.rejectedRows = new RejectedRows(jdbc);
        this.clock = clock;
    }

    public boolean configured() {
        return !remotes.isEmpty();
    }

    public void refresh(RunLog log) {
        remotes.forEach((kind, remote) -> {
            int[] counts = transactions.execute(status -> {
                StagingLock.take(jdbc);
                jdbc.update("DELETE FROM " + kind.table());
                return stream(kind, remote);
            });
            log.line("source {} (remote query): {} row(s) staged, {} rejected (cc_rejected_row, origin remote)",
                    kind.folderName(), counts[0], counts[1]);
        });
    }

    private int[] stream(SourceKind kind, Remote remote) {
        String password = remote.passwordRef() == null || remote.passwordRef().isBlank() ? ""
                : secrets.resolve(remote.passwordRef(), "oms.consistency.remote." + kind.folderName() + ".password-ref");
        LocalDateTime now = LocalDateTime.now(clock);
        int loaded = 0;
        int rejected = 0;
        long row = 0;
        try (Connection connection = DriverManager.getConnection(remote.url(), remote.username(), password)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // a cursor, not the whole result, on drivers that stream only then
            try (PreparedStatement statement = connection.prepareStatement(remote.query(),
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH);
                try (ResultSet rs = statement.executeQuery()) {
                    List<Object[]> good = new ArrayList<>(BATCH);
                    while (rs.next()) {
                        row++;
                        Map<String, String> text = new HashMap<>();
                        for (SourceColumn column : kind.columns()) {
                            text.put(column.name(), rs.getString(column.name()));
                        }
                        Object read = SourceRow.read(kind, text);
                        if (read instanceof SourceRow.Accepted accepted) {
                            good.add(accepted.values());
                            loaded++;
                            if (good.size() == BATCH) {
                                jdbc.batchUpdate(kind.upsertSql(), good);
                                good.clear();
                            }
                        } else if (read instanceof SourceRow.Rejected bad) {
                            rejectedRows.keep(kind, "remote", row, bad.field(), bad.reason(),
                                    String.join(",", kind.columns().stream().map(c -> String.valueOf(
                                            text.get(c.name()))).toList()), now);
                            rejected++;
                        }
                    }
                    jdbc.batchUpdate(kind.upsertSql(), good);
                }
            }
        } catch (SQLException e) {
            // The driver's message names the server and the SQL state, never the password.
            throw new io.orderhub.common.job.JobFailure("SOURCE_UNAVAILABLE", "source " + kind.folderName()
                    + " (remote query): " + e.getMessage(), true, e);
        }
        return new int[] {loaded, rejected};
    }
}
