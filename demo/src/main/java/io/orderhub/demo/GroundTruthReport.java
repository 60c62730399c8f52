package io.orderhub.demo;

import io.orderhub.common.persistence.OrderReader;
import io.orderhub.sync.stress.SandboxLink.SandboxShop;
import io.orderhub.sync.stress.SandboxLink;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Prints the ground-truth check of every sandbox shop, as {@code key=value} pairs a script can read. */
final class GroundTruthReport {

    private GroundTruthReport() {
    }

    static void print(SandboxLink sandbox, List<SandboxShop> shops, OrderReader reader, JdbcTemplate jdbc) {
        try {
            GroundTruthCheck.Report report = new GroundTruthCheck(sandbox, reader, jdbc).check(shops);
            System.out.println("ground truth check over " + shops.size() + " sandbox shops: " + report
                    + (report.exact() ? " -> the database matches the platforms exactly" : " -> MISMATCH"));
        } catch (RuntimeException e) {
            // Runs while the application shuts down: report, never block the shutdown.
            System.out.println("ground truth check could not run: " + e);
        }
    }
}
