package cn.yangguang.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexNumberRuleTest {

  @Test
  void theDefaultRuleIsBodyCodeYearAndAFiveDigitSequence() {
    assertThat(
            IndexNumberRule.of(IndexNumberRule.DEFAULT)
                .format("11422822MB0000001X", "jsx-fgj", "422822", 2026, 7))
        .isEqualTo("11422822MB0000001X/2026-00007");
  }

  @Test
  void aCountyRuleMayUseTheDivisionAndAgencyCodes() {
    IndexNumberRule rule = IndexNumberRule.of("{division}-{agency}-{year}-{seq:4}");
    assertThat(rule.format("B", "kzq-mzj", "500154", 2026, 12345))
        .isEqualTo("500154-kzq-mzj-2026-12345");
  }

  @Test
  void aRuleThatCouldRepeatANumberOrHasUnknownPartsIsRefused() {
    assertThat(IndexNumberRule.problems("{body}-{seq:5}"))
        .anySatisfy(p -> assertThat(p).contains("{year}"));
    assertThat(IndexNumberRule.problems("{body}/{year}"))
        .anySatisfy(p -> assertThat(p).contains("{seq"));
    assertThat(IndexNumberRule.problems("{year}-{seq:3}"))
        .anySatisfy(p -> assertThat(p).contains("{body}"));
    assertThat(IndexNumberRule.problems("{body}/{year}-{seq:9}")).isNotEmpty();
    assertThat(IndexNumberRule.problems("{body} {year}-{seq:5}")).isNotEmpty();
    assertThat(IndexNumberRule.problems("{bogus}/{body}/{year}-{seq:5}")).isNotEmpty();
    assertThatThrownBy(() -> IndexNumberRule.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
