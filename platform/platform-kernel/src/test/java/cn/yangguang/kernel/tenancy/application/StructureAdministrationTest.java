package cn.yangguang.kernel.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.kernel.tenancy.application.StructureAdministration.NewDepartment;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.NewPost;
import org.junit.jupiter.api.Test;

/** The checks made before anything is written (the database part is covered in platform-it). */
class StructureAdministrationTest {

  @Test
  void aValidDepartmentIsTrimmedAndABlankEnglishNameBecomesNone() {
    NewDepartment d =
        StructureAdministration.validate(
            new NewDepartment(" rural-affairs ", " 农业农村局 ", "  ", "BUREAU"));
    assertThat(d).isEqualTo(new NewDepartment("rural-affairs", "农业农村局", null, "BUREAU"));
  }

  @Test
  void eachBadDepartmentFieldIsNamed() {
    assertRejected(new NewDepartment("Rural", "农业农村局", null, "BUREAU"), "code");
    assertRejected(new NewDepartment("x", "农业农村局", null, "BUREAU"), "code");
    assertRejected(new NewDepartment(null, "农业农村局", null, "BUREAU"), "code");
    assertRejected(new NewDepartment("rural", " ", null, "BUREAU"), "name");
    assertRejected(new NewDepartment("rural", "农".repeat(101), null, "BUREAU"), "name");
    assertRejected(new NewDepartment("rural", "农业\n农村局", null, "BUREAU"), "name");
    assertRejected(new NewDepartment("rural", "农业农村局", "x".repeat(151), "BUREAU"), "nameEn");
    assertRejected(new NewDepartment("rural", "农业农村局", null, "MINISTRY"), "kind");
    assertRejected(new NewDepartment("rural", "农业农村局", null, null), "kind");
  }

  @Test
  void eachBadPostFieldIsNamed() {
    assertThat(StructureAdministration.validate(new NewPost("civil", " civil-window ", " 窗口 ")))
        .isEqualTo(new NewPost("civil", "civil-window", "窗口"));
    assertRejected(new NewPost(" ", "civil-window", "窗口"), "department");
    assertRejected(new NewPost("civil", "Civil Window", "窗口"), "code");
    assertRejected(new NewPost("civil", "c".repeat(61), "窗口"), "code");
    assertRejected(new NewPost("civil", "civil-window", null), "name");
  }

  private static void assertRejected(Object request, String field) {
    assertThatThrownBy(
            () -> {
              if (request instanceof NewDepartment d) {
                StructureAdministration.validate(d);
              } else {
                StructureAdministration.validate((NewPost) request);
              }
            })
        .isInstanceOfSatisfying(
            StructureChangeRejectedException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.conflict()).isFalse();
            });
  }
}
