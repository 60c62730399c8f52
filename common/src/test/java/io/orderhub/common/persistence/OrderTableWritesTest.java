package io.orderhub.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.orderhub.common.testing.ProjectTree;
import org.junit.jupiter.api.Test;

/**
 * The data-access rule of docs/architecture.md ("Data access"): the order tables ({@code unified_order} and every
 * {@code order_*} table of the migrations) are written only through common's write path, whose statements all live
 * in {@link OrderTableStatements}. The one exception is the order-event publisher's store, which updates the
 * delivery state of {@code order_event_outbox} rows and prunes published ones, but never creates rows.
 *
 * <p>Scans the main sources of every module of the root pom, except {@code bench}, which measures alternative write
 * paths on purpose, and the channel sandbox's copy of a generated ERP/WMS world's orders (inserts only; no executor
 * runs it). Finds SQL writes ({@code INSERT}, {@code REPLACE}, {@code UPDATE}, {@code DELETE},
 * {@code TRUNCATE}) naming an order table, and writes through the order tables' MyBatis-Plus mappers.
 */
class OrderTableWritesTest {

    private static final Path ROOT = ProjectTree.root();
    private static final Path MIGRATIONS = ROOT.resolve("common/src/main/resources/db/migration");
    private static final String WRITE_PATH = "common/src/main/java/io/orderhub/common/persistence/OrderTableStatements.java";
    private static final String OUTBOX_DELIVERY_STATE = "job-sync/src/main/java/io/orderhub/sync/events/OrderEventOutbox.java";
    private static final Set<String> MODULES_EXEMPT = Set.of("bench");
    private static final String MIGRATION_FOLDER = "/src/main/resources/db/migration/";
    /** The sandbox's stand-in for a sync: copies a generated world's orders in for the consistency tests and bench. */
    private static final String GENERATED_WORLD_COPY =
            "channel-sandbox/src/main/java/io/orderhub/sandbox/erp/ledger/OurOrderTablesCopy.java";
    /** The order rows' mappers: reads only ({@link OrderReader}); MyBatis-Plus would otherwise write through them. */
    private static final List<String> ORDER_MAPPERS = List.of("UnifiedOrderMapper", "OrderLineMapper",
            "OrderMarketingMapper", "StatusHistoryMapper");
    private static final Pattern MAPPER_WRITE_METHOD = Pattern.compile(
            "\\.(insert|insertOrUpdate|saveOrUpdate|update|updateById|delete|deleteById|deleteByIds|deleteByMap"
                    + "|deleteBatchIds)\\s*\\(");

    /** A write found in a source file: where, what kind, and on which table. */
    record Write(String file, int line, String kind, String table) {

        @Override
        public String toString() {
            return file + ":" + line + " " + kind + " " + table;
        }
    }

    @Test
    void orderTablesAreWrittenOnlyThroughTheWritePath() {
        Set<String> orderTables = orderTables();
        List<Write> stray = new ArrayList<>();
        for (Path file : mainSources()) {
            String path = ProjectTree.relative(file);
            for (Write write : writes(path, ProjectTree.read(file), orderTables)) {
                if (!allowed(write)) {
                    stray.add(write);
                }
            }
        }

        assertThat(stray).as("writes to order tables outside common's write path (OrderWriter/OrderStatusChanges"
                + " via OrderTableStatements); see docs/architecture.md, \"Data access\"").isEmpty();
    }

    @Test
    void theOrderTablesAreTakenFromTheMigrations() {
        assertThat(orderTables()).contains("unified_order", "order_line", "order_marketing", "order_status_history",
                "order_event_outbox", "order_audit", "order_write_lock").doesNotContain("raw_payload", "sync_cursor");
    }

    @Test
    void theScanSeesAStatementWrittenAcrossLinesButNoReadAndNoOtherTable() {
        String source = """
                class Stray {
                    void pay() {
                        jdbc.update("UPDATE unified_order SET status = 'PAID' WHERE order_no = ?", no);
                        jdbc.update(\"""
                                DELETE FROM
                                  order_line WHERE order_no = ?\""", no);
                        jdbc.update("INSERT INTO sync_run (id) VALUES (?) ON DUPLICATE KEY UPDATE order_no = ?");
                        jdbc.query("SELECT status FROM unified_order WHERE order_no = ? FOR UPDATE", no);
                    }
                }
                """;

        assertThat(writes("x/Stray.java", source, orderTables())).containsExactly(
                new Write("x/Stray.java", 3, "UPDATE", "unified_order"),
                new Write("x/Stray.java", 5, "DELETE FROM", "order_line"));
    }

    @Test
    void theScanSeesAWriteThroughAnOrderMapper() {
        String source = """
                class Stray {
                    private final UnifiedOrderMapper orders;
                    void fix(UnifiedOrderRow row) {
                        orders.selectById(1);
                        orders.updateById(row);
                    }
                }
                """;

        assertThat(writes("x/Stray.java", source, orderTables())).containsExactly(
                new Write("x/Stray.java", 5, "UnifiedOrderMapper.updateById", "unified_order"));
    }

    @Test
    void theOutboxPublisherMayRecordDeliveryButNotCreateEvents() {
        assertThat(allowed(new Write(OUTBOX_DELIVERY_STATE, 1, "UPDATE", "order_event_outbox"))).isTrue();
        assertThat(allowed(new Write(OUTBOX_DELIVERY_STATE, 1, "DELETE FROM", "order_event_outbox"))).isTrue();
        assertThat(allowed(new Write(OUTBOX_DELIVERY_STATE, 1, "INSERT INTO", "order_event_outbox"))).isFalse();
        assertThat(allowed(new Write(OUTBOX_DELIVERY_STATE, 1, "UPDATE", "unified_order"))).isFalse();
    }

    @Test
    void theSandboxsGeneratedWorldCopyMayInsertOrdersButNotChangeThem() {
        assertThat(allowed(new Write(GENERATED_WORLD_COPY, 1, "INSERT INTO", "unified_order"))).isTrue();
        assertThat(allowed(new Write(GENERATED_WORLD_COPY, 1, "UPDATE", "unified_order"))).isFalse();
        assertThat(allowed(new Write(GENERATED_WORLD_COPY, 1, "DELETE FROM", "order_line"))).isFalse();
    }

    private static boolean allowed(Write write) {
        if (write.file().equals(WRITE_PATH)) {
            return true;
        }
        if (write.file().equals(GENERATED_WORLD_COPY)) {
            return write.kind().equals("INSERT INTO");
        }
        return write.file().equals(OUTBOX_DELIVERY_STATE) && write.table().equals("order_event_outbox")
                && (write.kind().equals("UPDATE") || write.kind().equals("DELETE FROM"));
    }

    /** {@code unified_order} and every {@code order_*} table the migrations create. */
    private static Set<String> orderTables() {
        Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)");
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(ProjectTree.read(migration));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    if (table.equals("unified_order") || table.startsWith("order_")) {
                        tables.add(table);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static List<Write> writes(String path, String source, Set<String> orderTables) {
        List<Write> found = new ArrayList<>();
        String tables = orderTables.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // "KEY UPDATE col = ..." of an upsert assigns columns; it names no table.
        Matcher sql = Pattern.compile("(?i)(?<!KEY\\s)\\b(INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|UPDATE"
                + "|DELETE\\s+FROM|TRUNCATE\\s+(?:TABLE\\s+)?)\\s*[`\"]?(" + tables + ")\\b").matcher(source);
        while (sql.find()) {
            found.add(new Write(path, lineOf(source, sql.start()),
                    sql.group(1).toUpperCase().replaceAll("\\s+", " ").trim(), sql.group(2).toLowerCase()));
        }
        for (String mapper : ORDER_MAPPERS) {
            Matcher declared = Pattern.compile("\\b" + mapper + "\\s+(\\w+)\\s*[;,)=]").matcher(source);
            while (declared.find()) {
                Matcher call = Pattern.compile("\\b" + declared.group(1) + MAPPER_WRITE_METHOD.pattern())
                        .matcher(source);
                while (call.find()) {
                    found.add(new Write(path, lineOf(source, call.start()), mapper + "." + call.group(1),
                            tableOf(mapper)));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Write::line));
        return found;
    }

    private static String tableOf(String mapper) {
        return switch (mapper) {
            case "UnifiedOrderMapper" -> "unified_order";
            case "OrderLineMapper" -> "order_line";
            case "OrderMarketingMapper" -> "order_marketing";
            case "StatusHistoryMapper" -> "order_status_history";
            default -> throw new IllegalArgumentException(mapper);
        };
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Java, XML and SQL under {@code src/main} of every module but the exempt ones (migrations create tables). */
    private static List<Path> mainSources() {
        return ProjectTree.moduleFiles("src/main", MODULES_EXEMPT).stream()
                .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xml")
                        || f.toString().endsWith(".sql") && !ProjectTree.relative(f).contains(MIGRATION_FOLDER))
                .toList();
    }
}
