package io.orderhub.common.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The kernel's table of listening TCP sockets: the truth about which interface a server of this host bound. */
public final class ListeningSockets {

    private ListeningSockets() {
    }

    /** The addresses listening on {@code port}, once some server bound it (waits up to 20 s: some bind on a thread). */
    public static List<String> addressesOnceBound(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<String> addresses = addresses(port);
        while (addresses.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            addresses = addresses(port);
        }
        return addresses;
    }

    public static List<String> addresses(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                if (local[1].equals(hexPort) && columns[3].equals("0A")) {
                    addresses.add(decode(local[0]));
                }
            }
        }
        return addresses;
    }

    /** Kernel hex, little-endian per 32-bit word; Java's IPv6 sockets show IPv4 binds as ::ffff:a.b.c.d. */
    private static String decode(String hex) {
        if (hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000")) {
            return decode(hex.substring(24));
        }
        if (hex.length() != 8) {
            return hex.chars().allMatch(c -> c == '0') ? "::" : "ipv6:" + hex;
        }
        return Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16) + "."
                + Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16);
    }
}
