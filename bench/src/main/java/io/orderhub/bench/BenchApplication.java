package io.orderhub.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code java -jar bench/target/bench.jar write-paths --bench.source-schema=S --bench.orders=20000}: takes orders
 * already synced into schema S and writes the same parsed orders three ways into fresh schemas, printing
 * {@code key=value} rates. Called by {@code bench/run sync}.
 */
@SpringBootApplication
public class BenchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BenchApplication.class, args)));
    }
}
