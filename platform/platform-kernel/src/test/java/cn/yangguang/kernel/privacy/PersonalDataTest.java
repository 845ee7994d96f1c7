package cn.yangguang.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  // the example number of GB 11643
  static final String EXAMPLE = "11010519491231002X";

  @Test
  void theCheckCharacterAndBirthDateAreValidated() {
    assertThat(PersonalData.isValidIdNumber(EXAMPLE)).isTrue();
    assertThat(PersonalData.isValidIdNumber("110105194912310021"))
        .as("wrong check character")
        .isFalse();
    assertThat(PersonalData.isValidIdNumber("11010519491331002X")).as("month 13").isFalse();
    assertThat(PersonalData.isValidIdNumber("1101051949123100")).isFalse();
    assertThat(PersonalData.isValidIdNumber(null)).isFalse();
  }

  @Test
  void masksKeepOnlyWhatTellsRecordsApart() {
    assertThat(PersonalData.maskIdNumber(EXAMPLE)).isEqualTo("1101**********002X");
    assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
    assertThat(PersonalData.maskPhone("+86 13812345678")).isEqualTo("138****5678");
    assertThat(PersonalData.maskIdNumber(null)).isNull();
  }

  @Test
  void freeTextIsMaskedWhereverNumbersAppear() {
    String text = "申请人 " + EXAMPLE + "，电话13812345678；订单号 123456789012345678901 不变；3.1415926535";
    assertThat(PersonalData.maskText(text))
        .contains("1101**********002X", "138****5678", "123456789012345678901", "3.1415926535")
        .doesNotContain(EXAMPLE, "13812345678");
    // a valid-looking 18-digit run that fails the check is not an ID number and stays
    assertThat(PersonalData.maskText("ref 110105194912310021")).contains("110105194912310021");
  }

  @Test
  void theLogFilterMasksMessagesAndParameters() {
    LogRecord r = new LogRecord(Level.INFO, "caller {0} with id " + EXAMPLE);
    r.setParameters(new Object[] {"13812345678"});
    assertThat(new MaskingLogFilter(null).isLoggable(r)).isTrue();
    assertThat(r.getMessage()).doesNotContain(EXAMPLE).contains("1101**********002X");
    assertThat(r.getParameters()[0]).isEqualTo("138****5678");
  }
}
