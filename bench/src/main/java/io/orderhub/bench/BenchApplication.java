package io.orderhub.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code java -jar bench/target/bench.jar --bench.naive-orders=20000 --bench.naive-seconds=15}: loads the orders
 * already synced into the schema of its data source, then writes them on command (standard input: {@code naive},
 * {@code writer}, {@code ceiling}, {@code quit}) into its emptied tables, one {@code key=value} answer line each
 * ({@link WritePathBench}). Driven by {@code bench/run sync}.
 */
@SpringBootApplication
public class BenchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BenchApplication.class, args)));
    }
}
