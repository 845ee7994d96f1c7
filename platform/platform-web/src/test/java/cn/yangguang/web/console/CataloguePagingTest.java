package cn.yangguang.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The console list in pages of {@value CatalogueConsole#PAGE_SIZE}. */
class CataloguePagingTest {

  private static List<CatalogueConsole.Row> rows(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(
            i ->
                new CatalogueConsole.Row(
                    "K-" + i, "事项" + i, "d", "部门", "行政许可", "PUBLISHED", 1, true, true))
        .toList();
  }

  @Test
  void theFirstPageIsShownUnlessAnotherIsAskedFor() {
    CatalogueConsole.Page p = CatalogueConsole.page(rows(130), null);
    assertThat(p.number()).isEqualTo(1);
    assertThat(p.count()).isEqualTo(3);
    assertThat(p.rows()).hasSize(50);
    assertThat(p.first()).isEqualTo(1);
    assertThat(p.last()).isEqualTo(50);
    assertThat(p.hasPrevious()).isFalse();
    assertThat(p.hasNext()).isTrue();
  }

  @Test
  void theLastPageHoldsTheRest() {
    CatalogueConsole.Page p = CatalogueConsole.page(rows(130), "3");
    assertThat(p.rows())
        .extracting(CatalogueConsole.Row::key)
        .startsWith("K-101")
        .endsWith("K-130");
    assertThat(p.first()).isEqualTo(101);
    assertThat(p.last()).isEqualTo(130);
    assertThat(p.hasNext()).isFalse();
    assertThat(p.hasPrevious()).isTrue();
  }

  @Test
  void anOddRequestShowsTheNearestPage() {
    assertThat(CatalogueConsole.page(rows(130), "99").number()).isEqualTo(3);
    assertThat(CatalogueConsole.page(rows(130), "0").number()).isEqualTo(1);
    assertThat(CatalogueConsole.page(rows(130), "-2").number()).isEqualTo(1);
    assertThat(CatalogueConsole.page(rows(130), "two").number()).isEqualTo(1);
    CatalogueConsole.Page none = CatalogueConsole.page(rows(0), "2");
    assertThat(none.count()).isEqualTo(1);
    assertThat(none.rows()).isEmpty();
    assertThat(none.first()).isZero();
  }
}
