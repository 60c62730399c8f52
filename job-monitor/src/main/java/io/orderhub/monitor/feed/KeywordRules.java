package io.orderhub.monitor.feed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which feed items matter: any include word or regex found, and no exclude word. Case-insensitive; text is
 * NFKC-normalised first, so full-width letters in Chinese announcements (ＨＭＡＣ) match their ASCII keyword.
 */
public final class KeywordRules {

    /** What operators care about in platform change notices (see reference/channels.md). */
    public static final List<String> SHIPPING_DEFAULTS = List.of("签名", "signature", "HMAC", "SHA256", "回调",
            "callback", "下线", "deprecate", "升级", "upgrade", "限流", "rate limit");

    private final List<String> include;
    private final List<String> includeFolded;
    private final List<String> excludeFolded;
    private final List<Pattern> regexes;

    private KeywordRules(List<String> include, List<String> exclude, List<Pattern> regexes) {
        this.include = List.copyOf(include);
        this.includeFolded = include.stream().map(KeywordRules::fold).toList();
        this.excludeFolded = exclude.stream().map(KeywordRules::fold).toList();
        this.regexes = List.copyOf(regexes);
    }

    public static KeywordRules of(List<String> include, List<String> exclude, List<String> regex) {
        return new KeywordRules(include.stream().filter(w -> !w.isBlank()).toList(),
                exclude.stream().filter(w -> !w.isBlank()).toList(),
                regex.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList());
    }

    /** The include words (as configured) and regexes ({@code /…/}) found in {@code text}; empty = no match. */
    public List<String> match(String text) {
        String folded = fold(text);
        for (String word : excludeFolded) {
            if (folded.contains(word)) {
                return List.of();
            }
        }
        List<String> matched = new ArrayList<>();
        for (int i = 0; i < include.size(); i++) {
            if (folded.contains(includeFolded.get(i))) {
                matched.add(include.get(i));
            }
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (Pattern regex : regexes) {
            if (regex.matcher(normalized).find()) {
                matched.add("/" + regex.pattern() + "/");
            }
        }
        return matched;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
