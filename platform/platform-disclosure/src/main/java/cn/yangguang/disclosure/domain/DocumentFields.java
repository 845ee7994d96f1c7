package cn.yangguang.disclosure.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the disclosure officer writes about a document: where it is published (column, agency), its
 * text and its metadata (索引号 aside, which the rule generates).
 *
 * @param columnCode the column (栏目) it is published in
 * @param agencyCode the department or township whose catalogue (公开目录) lists it
 * @param title the title
 * @param body the full text
 * @param kind 规章, 行政规范性文件 or other
 * @param documentNumber the document number (文号), or null
 * @param issuingAgency the issuing agency (发布机构) as printed
 * @param subject the subject classification (主题分类) code
 * @param formedOn the day the information was formed or changed: the disclosure clock starts here
 */
public record DocumentFields(
    String columnCode,
    String agencyCode,
    String title,
    String body,
    DocumentKind kind,
    String documentNumber,
    String issuingAgency,
    String subject,
    LocalDate formedOn) {

  /** The longest title. */
  public static final int MAX_TITLE = 300;

  /** The longest body, in characters (a long regulation fits; a book does not). */
  public static final int MAX_BODY = 200_000;

  /**
   * What is wrong with these fields on their own (whether the column, agency and subject exist is
   * the application's check).
   *
   * @param today the county's current date: a document cannot be formed in the future
   */
  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> out = new ArrayList<>();
    required(out, "column", columnCode, 40);
    required(out, "agency", agencyCode, 40);
    required(out, "title", title, MAX_TITLE);
    required(out, "body", body, MAX_BODY);
    required(out, "issuingAgency", issuingAgency, 200);
    required(out, "subject", subject, 40);
    if (documentNumber != null && documentNumber.length() > 100) {
      out.add(new FieldProblem("documentNumber", "at most 100 characters"));
    }
    if (kind == null) {
      out.add(new FieldProblem("kind", "required: RULE, NORMATIVE or OTHER"));
    }
    if (formedOn == null) {
      out.add(new FieldProblem("formedOn", "required (YYYY-MM-DD)"));
    } else if (formedOn.isAfter(today)) {
      out.add(new FieldProblem("formedOn", "cannot be after today (" + today + ")"));
    } else if (formedOn.getYear() < 2000) {
      out.add(new FieldProblem("formedOn", "before 2000"));
    }
    return out;
  }

  private static void required(List<FieldProblem> out, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      out.add(new FieldProblem(field, "required"));
    } else if (value.length() > max) {
      out.add(new FieldProblem(field, "at most " + max + " characters"));
    }
  }
}
