package io.orderhub.sync.shop.onboarding;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Shop command mode ({@code --oms.shops=add|update|disable|list} and the shop's options): runs after Flyway migrated
 * the schema (so it works on a fresh database), prints what it did, and sets the exit code (0 done, 1 refused).
 */
public class ShopCommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ShopCommands commands;
    private final String subcommand;
    private final PrintStream out;
    private int exitCode = 1;

    public ShopCommandRunner(ShopCommands commands, String subcommand, PrintStream out) {
        this.commands = commands;
        this.subcommand = subcommand;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            commands.run(subcommand, arguments).forEach(out::println);
            exitCode = 0;
        } catch (ShopCommandException e) {
            out.println("shops " + subcommand + " FAILED: " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
