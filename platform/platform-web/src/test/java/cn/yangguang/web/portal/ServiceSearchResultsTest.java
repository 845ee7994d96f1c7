package cn.yangguang.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceSearchResultsTest {

  @Test
  void aWellFormedHighlightIsKept() {
    assertThat(ServiceSearchResults.safeHighlight("最低<mark>生活</mark>保障", "最低生活保障"))
        .isEqualTo("最低<mark>生活</mark>保障");
    assertThat(ServiceSearchResults.safeHighlight("A&amp;B&#32;<mark>&#x27;x</mark>", "A&B 'x"))
        .isEqualTo("A&amp;B&#32;<mark>&#x27;x</mark>");
  }

  @Test
  void anythingElseFallsBackToTheEscapedName() {
    String name = "低保<script>alert(1)</script>";
    String escaped = "低保&lt;script&gt;alert(1)&lt;/script&gt;";
    assertThat(ServiceSearchResults.safeHighlight("低保<script>alert(1)</script>", name))
        .isEqualTo(escaped);
    assertThat(ServiceSearchResults.safeHighlight("<mark onclick=x>低保</mark>", name))
        .isEqualTo(escaped);
    assertThat(ServiceSearchResults.safeHighlight("<mark>低<mark>保</mark></mark>", name))
        .isEqualTo(escaped);
    assertThat(ServiceSearchResults.safeHighlight("<mark>低保", name)).isEqualTo(escaped);
    assertThat(ServiceSearchResults.safeHighlight("A & B", "A & B")).isEqualTo("A &amp; B");
    assertThat(ServiceSearchResults.safeHighlight(null, "\"x'")).isEqualTo("&quot;x&#39;");
  }

  @Test
  void theQueryIsStrippedAndCut() {
    assertThat(ServiceSearchResults.normalize(null)).isEmpty();
    assertThat(ServiceSearchResults.normalize("  低保\n ")).isEqualTo("低保");
    assertThat(ServiceSearchResults.normalize("字".repeat(300)))
        .hasSize(ServiceSearchResults.MAX_QUERY);
  }

  @Test
  void anEntityTagDependsOnTheBytesOnly() {
    assertThat(ServiceGuideResource.etag("a".getBytes()))
        .isEqualTo(ServiceGuideResource.etag("a".getBytes()))
        .isNotEqualTo(ServiceGuideResource.etag("b".getBytes()))
        .hasSize(32);
  }
}
