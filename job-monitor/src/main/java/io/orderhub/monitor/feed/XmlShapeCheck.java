package io.orderhub.monitor.feed;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pass over a feed before ROME builds a tree of it. ROME (and JDOM under it) walk the tree recursively, so an
 * entry whose XHTML content is nested thousands deep overflows the stack; StAX reads iteratively, so this pass is
 * safe at any depth and stops at the first element past the limit. It also refuses a DOCTYPE (as ROME is set to)
 * before anything in it is read, and names the line where a malformed document breaks.
 */
final class XmlShapeCheck {

    /** Atom + XHTML content rarely passes 20 levels; far more than any real feed, far less than a stack holds. */
    static final int MAX_DEPTH = 100;

    private static final XMLInputFactory FACTORY = factory();

    private XmlShapeCheck() {
    }

    static void check(Reader document) throws FeedFailure {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(document);
            int depth = 0;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw new FeedFailure("BAD_XML",
                            "at line " + xml.getLocation().getLineNumber() + ": DOCTYPE is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new FeedFailure("TOO_DEEP", "at line " + xml.getLocation().getLineNumber()
                                    + ": elements nested deeper than " + MAX_DEPTH);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new FeedFailure("BAD_XML", "at line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNumber()) + ": " + reason(e.getMessage()), e);
        } finally {
            close(xml);
        }
    }

    /** The JDK's messages start with "ParseError at [row,col]:[3,5]\nMessage: …": keep the message. */
    private static String reason(String message) {
        if (message == null) {
            return "not well-formed";
        }
        int at = message.indexOf("Message: ");
        String reason = at < 0 ? message : message.substring(at + "Message: ".length());
        return reason.replace('\n', ' ').strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing a reader over an in-memory document releases nothing that could fail.
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
