package cn.yangguang.api.plugin;

/**
 * The platform's masking of personal data, for screens, answers and log lines: the same rules the
 * core applies (a mobile number as {@code 138****5678}, an ID number as {@code
 * 4228**********123X}). Log records written through {@code java.util.logging} are masked by the
 * platform as well; mask what you show.
 *
 * <p><b>Threading.</b> Thread-safe, pure. <b>Nulls.</b> Each method returns null for null.
 * <b>Errors.</b> None.
 *
 * @since 1.1
 */
public interface PluginPrivacy {

  /** A phone number masked. */
  String maskPhone(String phone);

  /** An ID number masked. */
  String maskIdNumber(String idNumber);

  /** Free text with every mobile number and valid ID number in it masked. */
  String maskText(String text);
}
