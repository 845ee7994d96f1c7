package cn.yangguang.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.kernel.tenancy.application.StructureAdministration.ManagedDepartment;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.ManagedPost;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.PostView;
import cn.yangguang.web.identity.CallerCounties;
import cn.yangguang.web.identity.StaffViews;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders every console page in both languages: no missing message, every form guarded by the
 * session's token, and the accessibility hooks the pages promise (labels, current entry, errors
 * tied to their fields).
 */
class ConsoleTemplatesTest {

  private static final String BASE = "/t/jianshi/console";
  private static final UUID ID = UUID.fromString("6d4f4a62-3b1e-4e51-9a57-0e8f7a3c2b10");
  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static Shell shell(String here) {
    return new Shell(
        BASE,
        "/t/jianshi/",
        "建始县",
        "Jianshi County",
        "#b3261e",
        "王芳",
        List.of("admin", "call-taker"),
        ConsoleNavigation.visible(
            List.of(
                new CoreConsoleSections().dashboard(),
                new CoreConsoleSections().staff(),
                new CoreConsoleSections().departments()),
            Set.of("admin"),
            BASE,
            here));
  }

  private static StaffViews.StaffView member(boolean active) {
    return new StaffViews.StaffView(
        ID,
        UUID.randomUUID(),
        "wangfang",
        "王芳",
        new StaffViews.Named("civil-affairs", "民政局"),
        List.of("admin", "call-taker"),
        List.of(new StaffViews.PostRef("civil-window", "民政窗口", "civil-affairs")),
        active);
  }

  private static List<DepartmentView> departments() {
    return List.of(
        new DepartmentView(
            UUID.randomUUID(),
            "civil-affairs",
            "民政局",
            "Civil Affairs Bureau",
            "BUREAU",
            null,
            false,
            List.of(new PostView(UUID.randomUUID(), "civil-window", "民政窗口"))));
  }

  private static Map<String, Object> staffModel(Map<String, FieldMessage> errors) {
    Map<String, Object> m = new HashMap<>();
    m.put("staff", List.of(member(true), member(false)));
    m.put(
        "form",
        new StaffForm("Wang Fang", "王芳", "civil-affairs", Set.of("clerk"), Set.of("civil-window")));
    m.put("errors", errors);
    m.put("departments", departments());
    m.put("roles", List.of("clerk", "reviewer", "admin", "call-taker"));
    m.put("notice", new Notice("console.notice.saved", "王芳"));
    return m;
  }

  private static String render(
      String template, String here, Map<String, Object> model, String csrf, Locale locale) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("shell", shell(here));
    if (csrf != null) {
      all.put("csrf", csrf);
    }
    String path = here.isEmpty() ? BASE : BASE + "/" + here;
    return ViewWriter.render(new View(template, all), locale, path);
  }

  @Test
  void theDashboardShowsTheShellAndTheCountsForAdmins() {
    Map<String, Object> model = new HashMap<>();
    model.put("me", member(true));
    model.put(
        "counts",
        new ConsoleResource.Counts(
            3,
            1,
            List.of(
                new ConsoleResource.RoleCount("clerk", 2),
                new ConsoleResource.RoleCount("call-taker", 1))));
    for (Locale l : LOCALES) {
      String html = render("console-dashboard", "", model, "tok-123", l);
      assertComplete(html);
      assertThat(html)
          .contains("action=\"/logout\"", "name=\"_csrf\" value=\"tok-123\"")
          .contains("href=\"/t/jianshi/console\" aria-current=\"page\"")
          .contains("href=\"/t/jianshi/console/staff\"")
          .contains("border-top-color:#b3261e")
          .contains("call-taker");
    }
    assertThat(render("console-dashboard", "", model, "t", Locale.SIMPLIFIED_CHINESE))
        .contains("县级管理员", "窗口受理员", "建始县");
    assertThat(render("console-dashboard", "", model, "t", Locale.ENGLISH))
        .contains("County admin", "Jianshi County");
  }

  @Test
  void aBearerRequestGetsNoSignOutForm() {
    Map<String, Object> model = Map.of("me", member(true));
    String html = render("console-dashboard", "", model, null, Locale.SIMPLIFIED_CHINESE);
    assertComplete(html);
    assertThat(html).doesNotContain("/logout").doesNotContain("_csrf");
  }

  @Test
  void theStaffPageTiesEachErrorToItsFieldAndKeepsTheInput() {
    Map<String, FieldMessage> errors =
        FieldMessage.of("staff", "username", "a user name is 2-60 lower-case letters", false);
    for (Locale l : LOCALES) {
      String html = render("console-staff", "staff", staffModel(errors), "tok", l);
      assertComplete(html);
      assertThat(html)
          .contains("aria-describedby=\"username-hint username-error\"")
          .contains("id=\"username-error\"")
          .contains("aria-invalid=\"true\"")
          .contains("value=\"Wang Fang\"")
          .contains("<legend")
          .contains("scope=\"col\"", "scope=\"row\"")
          .contains("href=\"/t/jianshi/console/staff\" aria-current=\"page\"")
          .contains("role=\"status\"");
      assertThat(checked(html, "role-clerk")).isTrue();
      assertThat(checked(html, "role-reviewer")).isFalse();
      assertThat(checked(html, "post-civil-window")).isTrue();
      assertEveryInputHasALabel(html);
      assertEveryFormCarriesTheToken(html, "tok");
    }
    assertThat(render("console-staff", "staff", staffModel(errors), "t", Locale.SIMPLIFIED_CHINESE))
        .contains("用户名须为");
  }

  @Test
  void anUnknownRefusalFallsBackToTheKernelsWords() {
    Map<String, FieldMessage> errors = FieldMessage.of("staff", "posts", "no active post x", true);
    String html =
        render("console-staff", "staff", staffModel(errors), "t", Locale.SIMPLIFIED_CHINESE);
    assertComplete(html);
    assertThat(html).contains("no active post x");
  }

  @Test
  void theEditPageOffersDeactivationExceptToHerself() {
    for (boolean self : List.of(true, false)) {
      Map<String, Object> model = staffModel(Map.of());
      model.put("member", member(true));
      model.put("self", self);
      String html =
          render("console-staff-edit", "staff/" + ID, model, "tok", Locale.SIMPLIFIED_CHINESE);
      assertComplete(html);
      assertEveryFormCarriesTheToken(html, "tok");
      assertEveryInputHasALabel(html);
      assertThat(html.contains("/staff/" + ID + "/active")).isEqualTo(!self);
    }
    Map<String, Object> model = staffModel(Map.of());
    model.put("member", member(false));
    model.put("self", false);
    String html = render("console-staff-edit", "staff/" + ID, model, "tok", Locale.ENGLISH);
    assertComplete(html);
    assertThat(html).contains("name=\"active\" value=\"true\"");
  }

  @Test
  void theTemporaryPasswordPageAndTheOutagePageRender() {
    for (Locale l : LOCALES) {
      String added =
          render(
              "console-staff-added",
              "staff",
              Map.of("member", member(true), "temporaryPassword", "Yg-abcDEF234"),
              "tok",
              l);
      assertComplete(added);
      assertThat(added).contains("Yg-abcDEF234", "wangfang");
      assertComplete(render("console-unavailable", "staff", Map.of(), "tok", l));
    }
  }

  @Test
  void theDepartmentsPageMarksTheManifestsRowsAndShowsEachFormsErrors() {
    List<ManagedDepartment> list =
        List.of(
            new ManagedDepartment(
                UUID.randomUUID(),
                "civil-affairs",
                "民政局",
                null,
                "BUREAU",
                true,
                List.of(
                    new ManagedPost(UUID.randomUUID(), "civil-window", "民政窗口", true),
                    new ManagedPost(UUID.randomUUID(), "civil-aid", "救助岗", false))),
            new ManagedDepartment(
                UUID.randomUUID(), "rural", "农业农村局", "Agriculture", "OTHER", false, List.of()));
    for (Locale l : LOCALES) {
      Map<String, Object> model = new HashMap<>();
      model.put("departments", list);
      model.put(
          "kinds",
          List.of("GOVERNMENT_OFFICE", "BUREAU", "COMMISSION", "CENTRE", "SUPERVISION", "OTHER"));
      model.put(
          "departmentForm", new DepartmentPagesResource.DepartmentForm("rural", "x", "", "BUREAU"));
      model.put("postForm", new DepartmentPagesResource.PostForm("", "", ""));
      model.put("departmentErrors", FieldMessage.of("department", "code", "already has", true));
      model.put("postErrors", FieldMessage.of("post", "name", "a name is required", false));
      String html = render("console-departments", "departments", model, "tok", l);
      assertComplete(html);
      assertEveryFormCarriesTheToken(html, "tok");
      assertEveryInputHasALabel(html);
      assertThat(html)
          .contains("id=\"department-code-error\"", "id=\"post-name-error\"")
          .contains("href=\"#department-code\"", "href=\"#post-name\"")
          .contains("class=\"tag manifest\"", "class=\"tag local\"")
          .contains("href=\"/t/jianshi/console/departments\" aria-current=\"page\"");
    }
  }

  @Test
  void theChooserListsWorkplacesAndOverseenCountiesOrTellsAResidentWhereToGo() {
    Map<String, Object> staffModel = new HashMap<>();
    staffModel.put(
        "workplaces",
        List.of(new CallerCounties.County("jianshi", "建始县", "Jianshi County", List.of("admin"))));
    staffModel.put(
        "overseen",
        List.of(
            new CallerCounties.Counties(
                "PROVINCE",
                "420000",
                "湖北省",
                List.of(
                    new CallerCounties.CountyRow(
                        "jianshi", "建始县", null, "422822", "422800", "恩施州", "SUSPENDED"))),
            new CallerCounties.Counties("PREFECTURE", "511900", null, List.of())));
    staffModel.put("operator", false);
    staffModel.put("resident", false);
    Map<String, Object> residentModel =
        Map.of("workplaces", List.of(), "overseen", List.of(), "operator", false, "resident", true);
    for (Locale l : LOCALES) {
      String staff = chooser(staffModel, l);
      assertComplete(staff);
      assertThat(staff).contains("href=\"/t/jianshi/console\"", "422822", "511900");
      String resident = chooser(residentModel, l);
      assertComplete(resident);
      assertThat(resident).contains("href=\"/\"").doesNotContain("/t/jianshi");
    }
    assertThat(chooser(staffModel, Locale.SIMPLIFIED_CHINESE)).contains("已暂停", "湖北省（420000）");
  }

  @Test
  void thePortalHeaderLinksToSignInAndBack() {
    var problem =
        new cn.yangguang.web.http.Problem(
            "about:blank", "Not found", 404, "none", "/t/x/", List.of(), null);
    String html =
        ViewWriter.render(
            new View("error", Map.of("problem", problem)),
            Locale.SIMPLIFIED_CHINESE,
            "/t/jianshi/");
    assertThat(html).contains("href=\"/login?return=/t/jianshi/\"", "登录");
  }

  private static String chooser(Map<String, Object> model, Locale l) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("shell", new Shell(null, "/", null, null, null, "王芳", List.of(), List.of()));
    all.put("csrf", "tok");
    return ViewWriter.render(new View("console-chooser", all), l, "/console");
  }

  private static void assertComplete(String html) {
    assertThat(html).doesNotContain("??").contains("<main id=\"main\"", "class=\"skip\"");
    assertThat(html.split("class=\"lang\"", -1)).as("one language switch").hasSize(2);
    assertThat(html.substring(html.lastIndexOf("</footer>") + 9).replaceAll("(?s)<!--.*?-->", ""))
        .as("nothing after the footer")
        .isEqualToIgnoringWhitespace("</body></html>");
  }

  private static boolean checked(String html, String id) {
    Matcher m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    assertThat(m.find()).as("input " + id).isTrue();
    return m.group().contains("checked");
  }

  private static void assertEveryInputHasALabel(String html) {
    Matcher m = Pattern.compile("<(input|select)[^>]*>").matcher(html);
    while (m.find()) {
      String tag = m.group();
      if (tag.contains("type=\"hidden\"")) {
        continue;
      }
      Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(tag);
      assertThat(id.find()).as("an id on " + tag).isTrue();
      assertThat(html).as("a label for " + tag).contains("for=\"" + id.group(1) + "\"");
    }
  }

  private static void assertEveryFormCarriesTheToken(String html, String token) {
    Matcher m = Pattern.compile("<form[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
    int forms = 0;
    while (m.find()) {
      forms++;
      assertThat(m.group(1)).contains("name=\"_csrf\" value=\"" + token + "\"");
    }
    assertThat(forms).isPositive();
  }
}
