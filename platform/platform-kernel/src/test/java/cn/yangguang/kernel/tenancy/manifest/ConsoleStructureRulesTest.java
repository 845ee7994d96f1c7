package cn.yangguang.kernel.tenancy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.kernel.tenancy.application.StructureAdministration;
import org.junit.jupiter.api.Test;

/**
 * The console adds departments and posts by the manifest's rules, so that a manifest may later take
 * over a row the console added (and so that both accept the same codes).
 */
class ConsoleStructureRulesTest {

  @Test
  void theConsoleAcceptsTheSameCodesAndKindsAsTheManifest() {
    assertThat(StructureAdministration.CODE.pattern()).isEqualTo(ManifestParser.CODE.pattern());
    assertThat(StructureAdministration.POST_CODE.pattern())
        .isEqualTo(ManifestParser.POST_CODE.pattern());
    assertThat(StructureAdministration.DEPARTMENT_KINDS)
        .containsExactlyInAnyOrderElementsOf(ManifestParser.DEPARTMENT_KINDS);
  }
}
