package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the staff console's pages: another county's admin is refused (403),
 * another county's staff ids are unknown (404), an anonymous browser is sent to sign in, and a
 * county's pages show nothing of another county.
 */
final class ConsoleRouteProbes {

  private static final String FORM = "application/x-www-form-urlencoded";

  private ConsoleRouteProbes() {}

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    Http browser = anon.header("Accept", "text/html");
    p.put(
        "GET /console",
        h -> {
          Http.Reply r = browser.get("/console");
          assertThat(r.status()).isEqualTo(303);
          assertThat(r.header("Location")).contains("/login?return=");
          Http.Reply mine = h.as("jianshi.clerk").header("Accept", "text/html").get("/console");
          assertThat(mine.status()).isEqualTo(200);
          assertThat(mine.body())
              .contains("/t/jianshi/console")
              .doesNotContain("/t/shenqiu/console");
        });
    p.put(
        "GET /t/{tenant}/console",
        h -> {
          assertThat(browser.get("/t/jianshi/console").status()).isEqualTo(303);
          assertThat(h.as("shenqiu.admin").get("/t/jianshi/console").status()).isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/console/staff",
        h -> {
          assertThat(h.as("shenqiu.admin").get("/t/jianshi/console/staff").status()).isEqualTo(403);
          assertThat(h.as("jianshi.clerk").get("/t/jianshi/console/staff").status()).isEqualTo(403);
          assertThat(h.as("jianshi.admin").get("/t/jianshi/console/staff").body())
              .contains("jianshi.clerk")
              .doesNotContain("shenqiu.clerk");
        });
    p.put(
        "POST /t/{tenant}/console/staff",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .post("/t/jianshi/console/staff", FORM, "username=x&displayName=x")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/console/staff/{id}",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .get("/t/shenqiu/console/staff/" + kaizhouClerk(h))
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/console/staff/{id}",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .post(
                            "/t/shenqiu/console/staff/" + kaizhouClerk(h),
                            FORM,
                            "displayName=x&roles=clerk")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/console/staff/{id}/active",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .post(
                            "/t/shenqiu/console/staff/" + kaizhouClerk(h) + "/active",
                            FORM,
                            "active=false")
                        .status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/console/departments",
        h -> {
          assertThat(h.as("kaizhou.admin").get("/t/jianshi/console/departments").status())
              .isEqualTo(403);
          assertThat(h.as("jianshi.admin").get("/t/jianshi/console/departments").body())
              .contains("jsx-fgj")
              .doesNotContain("kzq-fgw");
        });
    p.put(
        "POST /t/{tenant}/console/departments",
        h ->
            assertThat(
                    h.as("kaizhou.admin")
                        .post("/t/jianshi/console/departments", FORM, "code=x&name=x&kind=BUREAU")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/console/departments/posts",
        h ->
            assertThat(
                    h.as("kaizhou.admin")
                        .post(
                            "/t/jianshi/console/departments/posts",
                            FORM,
                            "department=jsx-fgj&code=x&name=x")
                        .status())
                .isEqualTo(403));
  }

  private static String kaizhouClerk(Http h) {
    return IdentityRouteProbes.kaizhouStaffId(h);
  }
}
