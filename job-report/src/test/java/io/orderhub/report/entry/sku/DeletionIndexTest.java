package io.orderhub.report.entry.sku;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionIndexTest {

    @Test
    void adjacentSwapIsOneEdit() {
        assertThat(OsaDistance.between("A1001", "A1010")).isEqualTo(1);
        assertThat(OsaDistance.between("A1001", "A1001")).isZero();
        assertThat(OsaDistance.between("A1001", "A101")).isEqualTo(1);
        assertThat(OsaDistance.between("A1001", "B1011")).isEqualTo(2);
        // OSA edits no substring twice: CA → ABC is 3, not the unrestricted Damerau distance 2.
        assertThat(OsaDistance.between("CA", "ABC")).isEqualTo(3);
        assertThat(OsaDistance.between("", "ABC")).isEqualTo(3);
    }

    @Test
    void thePairwiseReferenceFindsWhatTheIndexFinds() {
        List<String> codes = List.of("A1001", "A1010", "B2002", "A10011");
        assertThat(new PairwiseNearCodes(codes, 1).near("A1001")).extracting(CodeMatch::code)
                .containsExactlyInAnyOrderElementsOf(new DeletionIndex(codes, 1).near("A1001").stream()
                        .map(CodeMatch::code).toList())
                .containsExactlyInAnyOrder("A1001", "A1010", "A10011");
    }

    @Test
    void boundedDistanceStopsAboveTheLimit() {
        assertThat(OsaDistance.within("A1001", "Z9999", 2)).isEqualTo(3);
        assertThat(OsaDistance.within("A1001", "A1001XYZ", 2)).isEqualTo(3);
        assertThat(OsaDistance.within("A1001", "A1010", 2)).isEqualTo(1);
    }

    @Test
    void findsExactlyWhatComparingWithEveryCodeFinds() {
        Random random = new Random(17);
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < 3000) {
            codes.add(randomCode(random));
        }
        List<String> all = new ArrayList<>(codes);
        for (int maxDistance = 1; maxDistance <= 2; maxDistance++) {
            DeletionIndex index = new DeletionIndex(all, maxDistance);
            for (int q = 0; q < 400; q++) {
                String query = q % 2 == 0 ? mutate(all.get(random.nextInt(all.size())), random) : randomCode(random);
                int limit = maxDistance;
                Set<String> expected = new java.util.TreeSet<>();
                for (String code : all) {
                    if (OsaDistance.between(query, code) <= limit) {
                        expected.add(code);
                    }
                }
                Set<String> found = new java.util.TreeSet<>();
                for (CodeMatch match : index.near(query)) {
                    assertThat(match.distance()).isEqualTo(OsaDistance.between(query, match.code()));
                    found.add(match.code());
                }
                assertThat(found).as("codes within %d of %s", limit, query).isEqualTo(expected);
            }
        }
    }

    /** Short codes over a small alphabet, so that many are close to each other. */
    private static String randomCode(Random random) {
        int length = 3 + random.nextInt(5);
        StringBuilder code = new StringBuilder().append((char) ('A' + random.nextInt(3)));
        for (int i = 1; i < length; i++) {
            code.append((char) ('0' + random.nextInt(4)));
        }
        return code.toString();
    }

    private static String mutate(String code, Random random) {
        StringBuilder text = new StringBuilder(code);
        for (int edits = 1 + random.nextInt(2); edits > 0 && text.length() > 1; edits--) {
            int at = random.nextInt(text.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, (char) ('0' + random.nextInt(4)));
                case 2 -> text.setCharAt(at, (char) ('0' + random.nextInt(4)));
                default -> {
                    char c = text.charAt(at);
                    text.setCharAt(at, text.charAt(at + 1));
                    text.setCharAt(at + 1, c);
                }
            }
        }
        return text.toString();
    }
}
