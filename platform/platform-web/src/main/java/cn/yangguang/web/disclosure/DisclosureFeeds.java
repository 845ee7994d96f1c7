package cn.yangguang.web.disclosure;

import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0 and RSS 2.0 feeds of a column's newest documents, and the county's sitemap, written with
 * the JDK's StAX writer (ADR 0031: three small fixed formats do not justify a feed library, and
 * StAX escapes every value).
 */
final class DisclosureFeeds {

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private DisclosureFeeds() {}

  /** A column's feed; {@code base} is the county's absolute address ({@code http://…/t/slug}). */
  static byte[] feed(
      boolean rss,
      String title,
      String base,
      DisclosureColumn column,
      List<DisclosureDocument> docs) {
    return write(
        w -> {
          String self = base + "/disclosure/columns/" + column.code();
          Instant updated = docs.isEmpty() ? Instant.EPOCH : docs.get(0).publishedAt();
          if (rss) {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeStartElement("channel");
            text(w, "title", title);
            text(w, "link", self);
            text(w, "description", title);
            text(
                w,
                "lastBuildDate",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(updated.atOffset(ZoneOffset.UTC)));
            for (DisclosureDocument d : docs) {
              w.writeStartElement("item");
              text(w, "title", d.fields().title());
              text(w, "link", link(base, d));
              text(w, "guid", "urn:uuid:" + d.id());
              text(
                  w,
                  "pubDate",
                  DateTimeFormatter.RFC_1123_DATE_TIME.format(
                      d.publishedAt().atOffset(ZoneOffset.UTC)));
              text(w, "description", d.indexNumber() + " " + d.fields().issuingAgency());
              w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
          } else {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            text(w, "title", title);
            text(w, "id", self);
            text(w, "updated", updated.toString());
            w.writeEmptyElement("link");
            w.writeAttribute("href", self);
            for (DisclosureDocument d : docs) {
              w.writeStartElement("entry");
              text(w, "title", d.fields().title());
              text(w, "id", "urn:uuid:" + d.id());
              text(w, "updated", d.publishedAt().toString());
              w.writeEmptyElement("link");
              w.writeAttribute("href", link(base, d));
              w.writeStartElement("author");
              text(w, "name", d.fields().issuingAgency());
              w.writeEndElement();
              text(w, "summary", d.indexNumber());
              w.writeEndElement();
            }
            w.writeEndElement();
          }
        });
  }

  /** The county's sitemap: its portal pages and every published document. */
  static byte[] sitemap(String base, List<String> pages, List<DisclosureDocument> docs) {
    return write(
        w -> {
          w.writeStartElement("urlset");
          w.writeDefaultNamespace(SITEMAP);
          for (String p : pages) {
            w.writeStartElement("url");
            text(w, "loc", base + p);
            w.writeEndElement();
          }
          for (DisclosureDocument d : docs) {
            w.writeStartElement("url");
            text(w, "loc", link(base, d));
            text(w, "lastmod", d.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  static String link(String base, DisclosureDocument d) {
    return base + "/disclosure/documents/" + d.id();
  }

  private static void text(XMLStreamWriter w, String element, String value)
      throws XMLStreamException {
    w.writeStartElement(element);
    w.writeCharacters(value == null ? "" : value);
    w.writeEndElement();
  }

  @FunctionalInterface
  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
