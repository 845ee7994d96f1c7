package cn.yangguang.kernel.tenancy.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestParserTest {

  private final ManifestParser parser = new ManifestParser();

  static Stream<Path> demoManifests() throws IOException {
    Path tenants = Path.of("../../tenants").toAbsolutePath().normalize();
    return Files.list(tenants)
        .map(d -> d.resolve("tenant.yaml"))
        .filter(Files::isRegularFile)
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("demoManifests")
  void everyDemoManifestIsValid(Path file) throws IOException {
    TenantManifest m = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(m.slug()).isEqualTo(file.getParent().getFileName().toString());
    assertThat(m.townships()).isNotEmpty();
    assertThat(m.departments()).isNotEmpty();
    assertThat(m.servicePoints()).anyMatch(p -> p.level().equals("COUNTY"));
  }

  @Test
  void theFourDemoCountiesAreThere() throws IOException {
    assertThat(demoManifests().map(p -> p.getParent().getFileName().toString()))
        .containsExactlyInAnyOrder("jianshi", "kaizhou", "shenqiu", "pingchang");
  }

  @Test
  void kaizhouKeepsItsFormerCode() throws IOException {
    TenantManifest m = parser.parse(Files.readString(Path.of("../../tenants/kaizhou/tenant.yaml")));
    assertThat(m.division().code()).isEqualTo("500154");
    assertThat(m.division().history()).anyMatch(h -> h.code().equals("500229"));
    assertThat(m.prefecture()).isNull();
  }

  @Test
  void everyProblemIsListedWithItsPath() {
    String doc =
        """
        id: not-a-uuid
        slug: Bad Slug
        names: {en: Nameless}
        division: {code: "4228"}
        province: {code: "420000", name: 湖北省}
        prefecture: {code: "500100", name: 错}
        departments:
          - {code: dup, name: 甲, kind: BUREAU}
          - {code: dup, name: 乙, kind: PALACE, creditCode: "123"}
        townships:
          - {code: t1, name: 甲镇, kind: TOWN, villages: [{code: v1, name: 村, kind: HAMLET}]}
        servicePoints:
          - {code: p1, name: 站, level: VILLAGE, township: t9}
        extra: true
        """;
    assertThatThrownBy(() -> parser.parse(doc))
        .isInstanceOfSatisfying(
            ManifestValidationException.class,
            e ->
                assertThat(e.problems().stream().map(ManifestProblem::path).toList())
                    .contains(
                        "id",
                        "slug",
                        "names.zh",
                        "division.code",
                        "departments[1].code",
                        "departments[1].kind",
                        "departments[1].creditCode",
                        "townships[0].villages[0].kind",
                        "servicePoints[0].township",
                        "servicePoints[0].village",
                        "extra"));
  }

  @Test
  void aCountyOutsideItsPrefectureIsRefused() {
    String doc =
        validMinimal()
            .replace(
                "prefecture: {code: \"422800\", name: 恩施州}",
                "prefecture: {code: \"421100\", name: 黄冈市}");
    assertThatThrownBy(() -> parser.parse(doc))
        .isInstanceOfSatisfying(
            ManifestValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ManifestProblem::path)
                    .containsExactly("division.code"));
  }

  @Test
  void notYamlIsOneProblem() {
    assertThatThrownBy(() -> parser.parse("a: [b"))
        .isInstanceOfSatisfying(
            ManifestValidationException.class, e -> assertThat(e.problems()).hasSize(1));
    assertThatThrownBy(() -> parser.parse("- a list"))
        .isInstanceOf(ManifestValidationException.class);
    assertThatThrownBy(() -> parser.parse("   ")).isInstanceOf(ManifestValidationException.class);
  }

  @Test
  void unquotedDatesAreRead() {
    TenantManifest m =
        parser.parse(
            validMinimal()
                .replace(
                    "history: []", "history: [{code: \"422800\", name: 旧, validTo: 2016-06-07}]"));
    assertThat(m.division().history().get(0).validTo()).hasToString("2016-06-07");
  }

  static String validMinimal() {
    return """
        id: 0b0c2f4e-1d4a-4f6a-9a53-2f9f3b4f1a11
        slug: minimal
        names: {zh: 最小县}
        division: {code: "422899", history: []}
        province: {code: "420000", name: 湖北省}
        prefecture: {code: "422800", name: 恩施州}
        departments: []
        townships: []
        """;
  }

  @Test
  void officeHoursAreCheckedPeriodByPeriod() {
    TenantManifest ok =
        parser.parse(validMinimal() + "workingHours: [\"09:00-12:00\", \"13:00-17:00\"]\n");
    assertThat(ok.workingHours()).containsExactly("09:00-12:00", "13:00-17:00");
    assertThatThrownBy(
            () ->
                parser.parse(
                    validMinimal()
                        + "workingHours: [\"9-12\", \"14:00-13:00\", \"12:00-18:00\"]\n"))
        .isInstanceOfSatisfying(
            ManifestValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ManifestProblem::path)
                    .containsExactly("workingHours[0]", "workingHours[1]", "workingHours[2]"));
  }

  @Test
  void theMinimalManifestIsValid() {
    TenantManifest m = parser.parse(validMinimal());
    assertThat(m.timeZone()).isEqualTo("Asia/Shanghai");
    assertThat(m.plugins()).isEqualTo(List.of());
  }
}
