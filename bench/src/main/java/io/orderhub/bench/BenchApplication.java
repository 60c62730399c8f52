package io.orderhub.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code java -jar bench/target/bench.jar --bench.naive-orders=20000}: takes the orders already synced into the
 * schema of its data source and writes the same parsed orders three ways into its emptied tables, printing
 * {@code key=value} rates. Called by {@code bench/run sync}.
 */
@SpringBootApplication
public class BenchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BenchApplication.class, args)));
    }
}
