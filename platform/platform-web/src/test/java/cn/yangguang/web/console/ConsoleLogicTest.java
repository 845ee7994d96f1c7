package cn.yangguang.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsoleLogicTest {

  @Test
  void headCountsFollowTheCatalogueAndCountOnlyActiveStaff() {
    List<StaffMember> members =
        List.of(
            member(true, Roles.ADMIN, Roles.CLERK),
            member(true, Roles.CLERK),
            member(false, Roles.CLERK),
            member(true, "call-taker"));
    ConsoleResource.Counts counts =
        ConsoleResource.counts(members, List.of(Roles.CLERK, Roles.REVIEWER, Roles.ADMIN));
    assertThat(counts.active()).isEqualTo(3);
    assertThat(counts.inactive()).isEqualTo(1);
    assertThat(counts.byRole())
        .containsExactly(
            new ConsoleResource.RoleCount(Roles.CLERK, 2),
            new ConsoleResource.RoleCount(Roles.REVIEWER, 0),
            new ConsoleResource.RoleCount(Roles.ADMIN, 1),
            new ConsoleResource.RoleCount("call-taker", 1));
  }

  @Test
  void aPostedStaffFormIsTrimmedAndKeepsEveryTick() {
    MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
    posted.add("_csrf", "token");
    posted.add("username", " wangfang ");
    posted.add("displayName", " 王芳 ");
    posted.add("department", "");
    posted.addAll("roles", "clerk", "reviewer", " ");
    posted.addAll("posts", "civil-window");
    StaffForm form = StaffForm.from(posted);
    assertThat(form.username()).isEqualTo("wangfang");
    assertThat(form.displayName()).isEqualTo("王芳");
    assertThat(form.roles()).containsExactlyInAnyOrder("clerk", "reviewer");
    assertThat(form.posts()).containsExactly("civil-window");
    assertThat(form.assignment().departmentCode()).isNull();
    assertThat(StaffForm.from(new MultivaluedHashMap<>())).isEqualTo(StaffForm.EMPTY);
  }

  @Test
  void onlyKnownNoticesNamingSomethingAreShown() {
    assertThat(Notice.of("added", Notice.STAFF, "王芳"))
        .isEqualTo(new Notice("console.notice.added", "王芳"));
    assertThat(Notice.of("hacked", Notice.STAFF, "王芳")).isNull();
    assertThat(Notice.of("added", Notice.STAFF, null)).isNull();
    assertThat(Notice.of("department", Notice.STAFF, "民政局")).isNull();
  }

  @Test
  void aRefusalBecomesAMessageKeyForItsField() {
    assertThat(FieldMessage.of("staff", "username", "taken", true))
        .containsEntry(
            "username", new FieldMessage("console.error.staff.username.conflict", "taken"));
  }

  private static StaffMember member(boolean active, String... roles) {
    return new StaffMember(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "u" + UUID.randomUUID().toString().substring(0, 8),
        "someone",
        null,
        active,
        Set.of(roles),
        Set.of());
  }
}
