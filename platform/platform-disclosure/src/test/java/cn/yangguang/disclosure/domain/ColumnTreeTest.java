package cn.yangguang.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTreeTest {

  static DisclosureColumn col(String code, String parent, int sort, boolean hidden, boolean own) {
    return new DisclosureColumn(
        code, parent, DisclosureColumn.Kind.GOVERNMENT, code + "名", null, sort, hidden, own);
  }

  static final List<DisclosureColumn> TEMPLATE =
      List.of(
          col("party", null, 10, false, false),
          col("government", null, 20, false, false),
          col("policy", "government", 21, false, false),
          col("funds", "government", 23, false, false),
          col("enterprise", null, 40, false, false));

  @Test
  void aCountyAddsRenamesAndHidesTemplateColumns() {
    ColumnTree tree =
        ColumnTree.of(
            TEMPLATE,
            List.of(
                col("rural", "government", 22, false, true),
                new DisclosureColumn(
                    "policy",
                    "government",
                    DisclosureColumn.Kind.GOVERNMENT,
                    "政策文件（县）",
                    null,
                    21,
                    false,
                    true),
                col("enterprise", null, 40, true, true)));
    assertThat(tree.roots().stream().map(n -> n.column().code()))
        .containsExactly("party", "government");
    assertThat(tree.roots().get(1).children().stream().map(n -> n.column().code()))
        .containsExactly("policy", "rural", "funds");
    assertThat(tree.find("policy").orElseThrow().nameZh()).isEqualTo("政策文件（县）");
    assertThat(tree.find("enterprise")).isEmpty();
    assertThat(tree.withDescendants("government"))
        .containsExactly("government", "policy", "rural", "funds");
  }

  @Test
  void columnsUnderAHiddenOrMissingParentAreLeftOutAndLoopsEnd() {
    ColumnTree tree =
        ColumnTree.of(
            TEMPLATE,
            List.of(
                col("government", null, 20, true, true),
                col("orphan", "nowhere", 1, false, true),
                col("a", "b", 1, false, true),
                col("b", "a", 2, false, true)));
    assertThat(tree.all().stream().map(DisclosureColumn::code))
        .containsExactly("party", "enterprise");
    assertThat(tree.withDescendants("policy")).isEmpty();
  }
}
