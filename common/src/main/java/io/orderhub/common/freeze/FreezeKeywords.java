package io.orderhub.common.freeze;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keywords of a {@code REMARK_KEYWORD} or {@code ADDRESS_KEYWORD} rule, from {@code freeze_rule.keywords}
 * ({@code |}-separated). A text matches when it contains a keyword, case-insensitively and across full- and
 * half-width forms (NFKC: {@code ＶＩＰ} matches {@code vip}, as buyers type both).
 */
public final class FreezeKeywords {

    /** Longest keyword: the reason ({@code freeze_decision.reason}, 255) quotes it. */
    static final int KEYWORD_MAX = 64;
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private final List<String> keywords;
    private final List<String> folded;

    private FreezeKeywords(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        this.folded = keywords.stream().map(FreezeKeywords::fold).toList();
    }

    /**
     * Parses the column. Refused, naming the field: no keyword at all, a blank one (say {@code a||b}), or one
     * longer than {@value #KEYWORD_MAX} characters.
     */
    static FreezeKeywords parse(String rule, String column) {
        if (column == null || column.isBlank()) {
            throw new InvalidFreezeRuleException(rule, "keywords", "an empty list (give keywords separated by '|')");
        }
        List<String> keywords = new ArrayList<>();
        String[] parts = SEPARATOR.split(column, -1);
        for (int i = 0; i < parts.length; i++) {
            String keyword = parts[i].strip();
            if (keyword.isEmpty()) {
                throw new InvalidFreezeRuleException(rule, "keywords", "keyword " + (i + 1) + " of " + parts.length
                        + " is blank");
            }
            if (keyword.length() > KEYWORD_MAX) {
                throw new InvalidFreezeRuleException(rule, "keywords", "keyword " + (i + 1) + " is longer than "
                        + KEYWORD_MAX + " characters");
            }
            keywords.add(keyword);
        }
        return new FreezeKeywords(keywords);
    }

    /** The first keyword (as written in the rule) that {@code text} contains; empty for a null text. */
    public Optional<String> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String foldedText = fold(text);
        for (int i = 0; i < folded.size(); i++) {
            if (foldedText.contains(folded.get(i))) {
                return Optional.of(keywords.get(i));
            }
        }
        return Optional.empty();
    }

    public List<String> keywords() {
        return keywords;
    }

    /**
     * NFKC, then lower case. Most texts are NFKC already (the quick check allocates nothing) and lower case
     * ({@code toLowerCase} then returns the text itself), so a screened order's texts normally cost no copy.
     */
    private static String fold(String text) {
        String normalized = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normalized.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FreezeKeywords k && k.keywords.equals(keywords);
    }

    @Override
    public int hashCode() {
        return keywords.hashCode();
    }

    @Override
    public String toString() {
        return String.join("|", keywords);
    }
}
