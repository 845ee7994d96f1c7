package cn.yangguang.casework.domain;

import cn.yangguang.kernel.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;

/**
 * Who applies: a natural person (ID number checked with its check character) or an organisation
 * (unified social credit code, 18 characters). Personal values never leave the casework module
 * unmasked except through an audited read.
 *
 * @param kind {@code PERSON} or {@code ORGANISATION}
 * @param name the person's or organisation's name
 * @param idNumber the resident ID number or the unified social credit code
 * @param phone a mainland mobile number for notifications
 */
public record Applicant(String kind, String name, String idNumber, String phone) {

  private static final java.util.regex.Pattern CREDIT_CODE =
      java.util.regex.Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
  private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1\\d{10}");

  /** Every problem of this applicant, as field and reason; empty when valid. */
  public List<CaseRejectedException> problems() {
    List<CaseRejectedException> p = new ArrayList<>();
    if (!"PERSON".equals(kind) && !"ORGANISATION".equals(kind)) {
      p.add(CaseRejectedException.invalid("applicant.kind", "must be PERSON or ORGANISATION"));
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      p.add(
          CaseRejectedException.invalid("applicant.name", "is required (at most 200 characters)"));
    }
    if ("PERSON".equals(kind) && !PersonalData.isValidIdNumber(idNumber)) {
      p.add(
          CaseRejectedException.invalid("applicant.idNumber", "is not a valid resident ID number"));
    }
    if ("ORGANISATION".equals(kind)
        && (idNumber == null || !CREDIT_CODE.matcher(idNumber).matches())) {
      p.add(
          CaseRejectedException.invalid(
              "applicant.idNumber", "is not a valid unified social credit code"));
    }
    if (phone == null || !MOBILE.matcher(phone).matches()) {
      p.add(CaseRejectedException.invalid("applicant.phone", "is not a mainland mobile number"));
    }
    return p;
  }

  /** The same applicant with the ID number and phone masked, for screens and answers. */
  public Applicant masked() {
    return new Applicant(
        kind,
        name,
        "PERSON".equals(kind) ? PersonalData.maskIdNumber(idNumber) : idNumber,
        PersonalData.maskPhone(phone));
  }

  /** The name with all but its first character hidden, for the public lookup (张**). */
  public String publicName() {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first)
        + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }
}
