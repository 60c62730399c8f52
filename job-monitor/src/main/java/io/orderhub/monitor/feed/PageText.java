package io.orderhub.monitor.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The fallback for platforms that publish no feed: the text of the CSS-selected part of a page, one line per block
 * element, compared with the previous poll. Lines that were not there before are the "items".
 */
public class PageText {

    /** The selected text as distinct, trimmed, non-empty lines in page order. */
    public List<String> lines(byte[] body, String contentType, String selector, String baseUri) throws FeedFailure {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        String charset = type == null || type.charset() == null ? null : type.charset().name();
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), charset, baseUri);
        } catch (IOException e) {
            throw new FeedFailure("IO_ERROR", "page could not be read: " + e.getMessage(), e);
        }
        Elements selected = page.select(selector);
        if (selected.isEmpty()) {
            // The page layout changed (or an error page came back with 200): as blind as a failing feed.
            throw new FeedFailure("SELECTOR_EMPTY", "nothing matches '" + selector + "'");
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        }, selected);
        Set<String> lines = new LinkedHashSet<>();
        for (String line : text.toString().split("\n")) {
            String collapsed = line.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return new ArrayList<>(lines);
    }

    /** The lines of {@code current} that {@code previous} did not have. */
    public static List<String> added(List<String> previous, List<String> current) {
        Set<String> before = new HashSet<>(previous);
        return current.stream().filter(line -> !before.contains(line)).toList();
    }
}
