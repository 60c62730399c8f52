package io.orderhub.monitor.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * RSS 0.9x / 1.0 (RDF) / 2.0 and Atom with ROME.
 *
 * <p>Security: a feed is untrusted XML. ROME's parser already turns off external general and parameter entities
 * and external DTD loading; {@code setAllowDoctypes(false)} in addition refuses any document with a DOCTYPE
 * (Xerces {@code disallow-doctype-decl}), so an XXE or entity-expansion payload fails to parse and nothing is read.
 * The price: an RSS 0.91 file that still carries Netscape's DOCTYPE is refused too (it reports BAD_XML).
 * Before ROME sees it, {@link XmlShapeCheck} refuses documents nested too deep for ROME's recursive tree walk
 * (TOO_DEEP) and names the line of a malformed one. Item links come out absolute and http(s) only
 * ({@link FeedLinks}).
 *
 * <p>Encoding: the document's own BOM or {@code <?xml encoding="GBK"?>} wins over the HTTP header (feed hosts
 * often send a wrong charset); the header's charset is used only when the document declares none; lenient
 * {@link XmlReader} falls back instead of failing on a mismatch.
 */
public class SyndicationParser {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=");

    /**
     * @param feedUrl where the document came from: relative item links are resolved against it
     */
    public List<FeedItem> parse(byte[] body, String contentType, URI feedUrl) throws FeedFailure {
        String document = decode(body, contentType);
        XmlShapeCheck.check(new StringReader(document));
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true); // the Atom feed and entries keep their xml:base
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(document));
        } catch (ParsingFeedException e) {
            throw new FeedFailure("BAD_XML", "at line " + e.getLineNumber() + ": " + firstLine(e.getMessage()), e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedFailure("BAD_XML", firstLine(e.getMessage()), e);
        }
        // ROME leaves Atom links as written; relative ones are relative to xml:base (feed, then entry), then the URL.
        URI feedBase = feed.originalWireFeed() instanceof Feed atom ? FeedLinks.base(feedUrl, atom.getXmlBase())
                : feedUrl;
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            URI base = entry.getWireEntry() instanceof Entry atom ? FeedLinks.base(feedBase, atom.getXmlBase())
                    : feedBase;
            items.add(FeedItem.of(entry.getUri(), plain(entry.getTitle()), text(entry),
                    FeedLinks.resolve(base, entry.getLink()), published == null ? null : published.toInstant()));
        }
        return items;
    }

    /** The document as text, decoded once for both the shape check and ROME. */
    private static String decode(byte[] body, String contentType) throws FeedFailure {
        try (XmlReader reader = reader(body, contentType)) {
            StringWriter text = new StringWriter(body.length);
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new FeedFailure("BAD_XML", "cannot decode: " + firstLine(e.getMessage()), e);
        }
    }

    private static XmlReader reader(byte[] body, String contentType) throws IOException {
        InputStream in = new ByteArrayInputStream(body);
        String prolog = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        boolean bom = body.length >= 2 && ((body[0] & 0xFF) == 0xEF || (body[0] & 0xFF) == 0xFE
                || (body[0] & 0xFF) == 0xFF);
        if (contentType == null || bom || DECLARED_ENCODING.matcher(prolog).find()) {
            return new XmlReader(in, true);
        }
        return new XmlReader(in, contentType, true);
    }

    private static String text(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        if (entry.getDescription() != null) {
            text.append(plain(entry.getDescription().getValue()));
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                text.append(text.isEmpty() ? "" : "\n").append(plain(content.getValue()));
            }
        }
        return text.toString();
    }

    /** Descriptions are usually escaped HTML: keep the text only. */
    private static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a feed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
