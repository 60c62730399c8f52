package io.orderhub.report.entry.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The SKU codes of our {@code order_line} table, one query per {@value #CHUNK} orders. */
public class JdbcOrderLineSkus implements OrderLineSkus {

    static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcOrderLineSkus(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Set<String>> of(Collection<String> orderNos) {
        List<String> distinct = new ArrayList<>(new HashSet<>(orderNos));
        Map<String, Set<String>> skus = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            jdbc.query("SELECT order_no, sku FROM order_line WHERE order_no IN (:orderNos) AND sku IS NOT NULL",
                    Map.of("orderNos", chunk),
                    row -> {
                        skus.computeIfAbsent(row.getString("order_no"), k -> new HashSet<>()).add(row.getString("sku"));
                    });
        }
        return skus;
    }
}
