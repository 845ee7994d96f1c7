package cn.yangguang.kernel.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A written document as the platform prints it, independent of the format: a heading and reference,
 * labelled facts, then paragraphs, sub-headings and tables in order, and who issues it on which
 * date. Casework's notices, disclosure replies and annual reports are all this shape.
 *
 * @param title the heading, e.g. 政府信息公开申请答复书
 * @param reference the number it concerns, under the heading (may be empty)
 * @param facts labelled facts, in order
 * @param blocks the body
 * @param issuer who issues it
 * @param issuedOn the date as written
 */
public record PrintedDocument(
    String title,
    String reference,
    List<Fact> facts,
    List<Block> blocks,
    String issuer,
    String issuedOn) {

  public PrintedDocument {
    Objects.requireNonNull(title, "title");
    facts = List.copyOf(facts);
    blocks = List.copyOf(blocks);
  }

  /** One labelled fact. */
  public record Fact(String label, String value) {}

  /** A part of the body. */
  public sealed interface Block permits Paragraph, Heading, Table {}

  /** A paragraph of text, first line indented. */
  public record Paragraph(String text) implements Block {}

  /** A sub-heading. */
  public record Heading(String text) implements Block {}

  /** A table: a heading row and body rows of cells; the first column is the widest. */
  public record Table(List<String> head, List<List<String>> rows) implements Block {
    public Table {
      head = List.copyOf(head);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
