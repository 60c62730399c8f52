package io.orderhub.monitor.feed;

/** How a feed is read: an RSS (0.91, 1.0, 2.0) or Atom document, or an HTML page whose selected text is diffed. */
public enum FeedKind {
    RSS,
    HTML
}
