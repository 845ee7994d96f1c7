package cn.yangguang.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLocaleTest {

  @Test
  void chineseIsTheDefaultAndEnglishIsOffered() {
    assertThat(RequestLocale.of(null, null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(RequestLocale.parse("en-GB")).isEqualTo(Locale.ENGLISH);
    assertThat(RequestLocale.parse("zh-TW")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(RequestLocale.parse("fr")).isNull();
  }

  @Test
  void theErrorPageRendersInBothLanguagesWithoutMissingKeys() {
    var problem =
        new cn.yangguang.web.http.Problem(
            "about:blank", "Not found", 404, "no county", "/t/x/", java.util.List.of(), null);
    String zh =
        ViewWriter.render(new View("error", Map.of("problem", problem)), Locale.SIMPLIFIED_CHINESE);
    String en = ViewWriter.render(new View("error", Map.of("problem", problem)), Locale.ENGLISH);
    assertThat(zh).contains("lang=\"zh-CN\"", "出错了").doesNotContain("??");
    assertThat(en).contains("lang=\"en\"", "Something went wrong").doesNotContain("??");
  }

  @Test
  void everyBundleHasTheSameKeysInBothLanguages() throws Exception {
    int found = 0;
    for (String bundle : BundleMessageResolver.BUNDLES) {
      String path = "/" + bundle.replace('.', '/');
      try (var a = getClass().getResourceAsStream(path + ".properties");
          var b = getClass().getResourceAsStream(path + "_en.properties")) {
        if (a == null && b == null) {
          continue;
        }
        assertThat(a).as(path + ".properties").isNotNull();
        assertThat(b).as(path + "_en.properties").isNotNull();
        java.util.Properties zh = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        zh.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
        en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(en.keySet()).as(bundle).isEqualTo(zh.keySet());
        found++;
      }
    }
    assertThat(found).isPositive();
  }
}
