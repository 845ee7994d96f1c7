package cn.yangguang.web.disclosure;

import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.FieldProblem;
import cn.yangguang.disclosure.domain.FundsTable;
import cn.yangguang.disclosure.domain.LifecycleRefused;
import cn.yangguang.web.http.FieldError;
import cn.yangguang.web.http.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the disclosure API and their conversion to and from the domain. */
public final class DisclosureViews {

  private DisclosureViews() {}

  /** A new document, as posted. Dates are {@code YYYY-MM-DD}; kind RULE, NORMATIVE or OTHER. */
  public record NewDocument(
      String column,
      String agency,
      String title,
      String body,
      String kind,
      String documentNumber,
      String issuingAgency,
      String subject,
      String formedOn) {

    /** The domain fields; an unreadable kind or date is a 422 naming its field. */
    DocumentFields fields() {
      DocumentKind k = null;
      LocalDate formed = null;
      List<FieldError> errors = new java.util.ArrayList<>();
      if (kind != null && !kind.isBlank()) {
        try {
          k = DocumentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError("kind", "RULE, NORMATIVE or OTHER"));
        }
      }
      if (formedOn != null && !formedOn.isBlank()) {
        try {
          formed = LocalDate.parse(formedOn.strip());
        } catch (DateTimeParseException e) {
          errors.add(new FieldError("formedOn", "a date YYYY-MM-DD"));
        }
      }
      if (!errors.isEmpty()) {
        throw new ProblemException(422, "Invalid document", "see errors", errors);
      }
      return new DocumentFields(
          strip(column),
          strip(agency),
          strip(title),
          body,
          k,
          blankToNull(documentNumber),
          strip(issuingAgency),
          strip(subject),
          formed);
    }
  }

  /** A county's change to a column; {@code kind} one of PARTY, GOVERNMENT ... JUDICIAL. */
  public record ColumnChange(
      String parent, String kind, String nameZh, String nameEn, Integer sort, Boolean hidden) {

    DisclosureColumn column(String code) {
      List<FieldError> errors = new java.util.ArrayList<>();
      DisclosureColumn.Kind k = parse(DisclosureColumn.Kind.class, kind, "kind", errors);
      if (!errors.isEmpty()) {
        throw new ProblemException(422, "Invalid column", "see errors", errors);
      }
      return new DisclosureColumn(
          code,
          blankToNull(parent),
          k,
          strip(nameZh),
          blankToNull(nameEn),
          sort == null ? 100 : sort,
          Boolean.TRUE.equals(hidden),
          true);
    }
  }

  /** The county's index-number rule. */
  public record IndexRule(String indexRule) {}

  /** A step's details: the reviewer's note, or the repealing document. */
  public record StepRequest(String note, UUID repealedBy) {}

  /** A funds table, as posted. */
  public record NewFunds(
      String kind, Integer fiscalYear, String title, String unit, List<NewLine> lines) {

    FundsTable table() {
      List<FieldError> errors = new java.util.ArrayList<>();
      FundsTable.Kind k = parse(FundsTable.Kind.class, kind, "kind", errors);
      FundsTable.Unit u = parse(FundsTable.Unit.class, unit, "unit", errors);
      if (!errors.isEmpty()) {
        throw new ProblemException(422, "Invalid funds table", "see errors", errors);
      }
      return new FundsTable(
          k,
          fiscalYear,
          title,
          u,
          lines == null
              ? List.of()
              : lines.stream()
                  .map(
                      l ->
                          l == null
                              ? null
                              : new FundsTable.FundsLine(
                                  strip(l.code()),
                                  blankToNull(l.parent()),
                                  strip(l.name()),
                                  l.amount()))
                  .toList());
    }
  }

  /** A line of a posted funds table. */
  public record NewLine(String code, String parent, String name, BigDecimal amount) {}

  /** A document as the API shows it. */
  public record DocumentView(
      UUID id,
      String indexNumber,
      String column,
      String agency,
      String title,
      String body,
      String kind,
      String documentNumber,
      String issuingAgency,
      String subject,
      LocalDate formedOn,
      String status,
      String validity,
      UUID repealedBy,
      Instant publishedAt,
      String reviewNote,
      List<AttachmentView> attachments) {}

  /** An attachment. */
  public record AttachmentView(UUID fileId, String name) {}

  /** A document on a work list, with its clock. */
  public record WorkView(DocumentView document, String level, LocalDate deadline, String clock) {}

  /** A column with its sub-columns. */
  public record ColumnView(
      String code, String kind, String nameZh, String nameEn, List<ColumnView> children) {}

  /** A search hit. */
  public record DocumentHit(
      UUID id,
      String indexNumber,
      String title,
      String titleHtml,
      String snippetHtml,
      String column,
      String agency,
      LocalDate formedOn,
      String validity) {}

  /** A service item found by the same search. */
  public record ItemHit(String key, String name, String nameHtml, String department) {}

  /** The answer of a search. */
  public record SearchView(String query, List<DocumentHit> documents, List<ItemHit> items) {}

  static DocumentView view(DisclosureDocument d) {
    DocumentFields f = d.fields();
    return new DocumentView(
        d.id(),
        d.indexNumber(),
        f.columnCode(),
        f.agencyCode(),
        f.title(),
        f.body(),
        f.kind().name(),
        f.documentNumber(),
        f.issuingAgency(),
        f.subject(),
        f.formedOn(),
        d.status().name(),
        d.validity().name(),
        d.repealedBy(),
        d.publishedAt(),
        d.reviewNote(),
        d.attachments().stream().map(a -> new AttachmentView(a.fileId(), a.name())).toList());
  }

  static WorkView view(DisclosureQueries.WorkItem w) {
    return new WorkView(view(w.document()), w.level(), w.deadline(), w.clockStatus());
  }

  static List<ColumnView> view(List<ColumnTree.Node> nodes) {
    return nodes.stream()
        .map(
            n ->
                new ColumnView(
                    n.column().code(),
                    n.column().kind().name(),
                    n.column().nameZh(),
                    n.column().nameEn(),
                    view(n.children())))
        .toList();
  }

  static SearchView view(String query, DisclosureQueries.Results r) {
    return new SearchView(
        query,
        r.documents().stream()
            .map(
                f ->
                    new DocumentHit(
                        f.document().id(),
                        f.document().indexNumber(),
                        f.document().fields().title(),
                        f.titleHtml(),
                        f.snippetHtml(),
                        f.document().fields().columnCode(),
                        f.document().fields().agencyCode(),
                        f.document().fields().formedOn(),
                        f.document().validity().name()))
            .toList(),
        r.items().stream()
            .map(
                i ->
                    new ItemHit(
                        i.item().key(),
                        i.item().fields().name(),
                        i.highlightedName(),
                        i.item().fields().departmentCode()))
            .toList());
  }

  /** The HTTP answer to a refusal: 404, 403, 409 or 422, nothing changed. */
  static ProblemException refusal(LifecycleRefused e) {
    return switch (e.reason()) {
      case UNKNOWN_DOCUMENT -> ProblemException.notFound("document");
      case NOT_YOUR_ROLE ->
          new ProblemException(403, "Not your step", e.getMessage() + "; nothing was changed");
      case WRONG_STATUS ->
          new ProblemException(409, "Not possible now", e.getMessage() + "; nothing was changed");
      case INVALID ->
          new ProblemException(
              422,
              "Invalid input",
              e.getMessage(),
              List.of(new FieldError(e.field() == null ? "" : e.field(), e.getMessage())));
    };
  }

  /** The HTTP answer to invalid input: 422 with every field. */
  static ProblemException invalid(List<FieldProblem> problems) {
    return new ProblemException(
        422,
        "Invalid input",
        problems.size() + " problem(s); nothing was changed",
        problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null; // the domain says it is required
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(field, "one of " + java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
