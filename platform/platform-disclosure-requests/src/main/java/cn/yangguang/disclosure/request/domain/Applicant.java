package cn.yangguang.disclosure.request.domain;

import cn.yangguang.kernel.privacy.PersonalData;
import java.util.regex.Pattern;

/**
 * Who asks: her type (a Table 3 column), name, ID number (a person) or unified social credit code
 * (an organisation), phone and postal address. Masked wherever it is shown.
 */
public record Applicant(
    ApplicantType type, String name, String idNumber, String phone, String address) {

  private static final Pattern CREDIT_CODE =
      Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

  /**
   * Checks the fields.
   *
   * @throws RequestRejected naming the first field at fault
   */
  public Applicant checked() {
    if (type == null) {
      throw RequestRejected.invalid("applicant.type", "is required: one of the Table 3 columns");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw RequestRejected.invalid("applicant.name", "is required (at most 200 characters)");
    }
    if (type.person() && !PersonalData.isValidIdNumber(idNumber)) {
      throw RequestRejected.invalid("applicant.idNumber", "is not a valid resident ID number");
    }
    if (!type.person() && (idNumber == null || !CREDIT_CODE.matcher(idNumber).matches())) {
      throw RequestRejected.invalid(
          "applicant.idNumber", "is not a unified social credit code (18 characters)");
    }
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw RequestRejected.invalid("applicant.phone", "is not a phone number");
    }
    if (address != null && address.length() > 300) {
      throw RequestRejected.invalid("applicant.address", "is at most 300 characters");
    }
    return new Applicant(type, name.strip(), idNumber.strip().toUpperCase(), phone, address);
  }

  /** The same applicant with the ID number and phone masked, for screens and answers. */
  public Applicant masked() {
    return new Applicant(
        type, name, PersonalData.maskIdNumber(idNumber), PersonalData.maskPhone(phone), address);
  }
}
