package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the hotline's portal and console pages: kaizhou has none; a jianshi
 * ticket is not found through shenqiu's pages; shenqiu's staff are refused on jianshi's console.
 */
final class HotlinePageProbes {

  private static final String BASE = "/t/{tenant}/plugins/hotline-12345";
  private static final String J = "/t/jianshi/plugins/hotline-12345/";
  private static final String S = "/t/shenqiu/plugins/hotline-12345/";
  private static final String K = "/t/kaizhou/plugins/hotline-12345/";
  private static final String FORM = "application/x-www-form-urlencoded";

  private HotlinePageProbes() {}

  static void add(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET " + BASE,
        h -> {
          assertThat(anon.get(J).status()).isEqualTo(200);
          assertThat(anon.get(K).status()).isEqualTo(404);
        });
    p.put(
        "GET " + BASE + "/mailbox",
        h -> {
          assertThat(anon.get(J + "mailbox").status()).isEqualTo(200);
          assertThat(anon.get(K + "mailbox").status()).isEqualTo(404);
        });
    p.put(
        "POST " + BASE + "/submit",
        h ->
            assertThat(anon.post(K + "submit", FORM, "description=x&phone=13800000000").status())
                .isEqualTo(404));
    p.put(
        "GET " + BASE + "/lookup",
        h -> {
          String n = HotlineRouteProbes.ticket(anon);
          String code =
              anon.as("jianshi.dispatcher")
                  .get(J + "api/tickets/" + n)
                  .json()
                  .getString("queryCode");
          assertThat(anon.get(J + "lookup?number=" + n + "&code=" + code).status()).isEqualTo(200);
          assertThat(anon.get(S + "lookup?number=" + n + "&code=" + code).status()).isEqualTo(404);
        });
    p.put(
        "GET " + BASE + "/console",
        h -> {
          String n = HotlineRouteProbes.ticket(anon);
          assertThat(anon.as("shenqiu.dispatcher").get(J + "console").status()).isEqualTo(403);
          assertThat(anon.as("shenqiu.dispatcher").get(S + "console").body()).doesNotContain(n);
        });
    p.put(
        "POST " + BASE + "/console/tickets",
        h ->
            assertThat(
                    anon.as("shenqiu.taker")
                        .post(J + "console/tickets", FORM, "type=HELP&description=x")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET " + BASE + "/console/tickets/{number}",
        h -> {
          String n = HotlineRouteProbes.ticket(anon);
          assertThat(anon.as("shenqiu.dispatcher").get(S + "console/tickets/" + n).status())
              .isEqualTo(404);
          assertThat(anon.as("shenqiu.dispatcher").get(J + "console/tickets/" + n).status())
              .isEqualTo(403);
        });
    p.put(
        "POST " + BASE + "/console/tickets/{number}/{action}",
        h -> {
          String n = HotlineRouteProbes.ticket(anon);
          assertThat(
                  anon.as("shenqiu.dispatcher")
                      .post(J + "console/tickets/" + n + "/supervise", FORM, "note=x")
                      .status())
              .isEqualTo(403);
          assertThat(
                  anon.as("shenqiu.dispatcher")
                      .post(S + "console/tickets/" + n + "/supervise", FORM, "note=x")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "GET " + BASE + "/console/kpis",
        h -> {
          assertThat(anon.as("shenqiu.dispatcher").get(J + "console/kpis").status()).isEqualTo(403);
          assertThat(anon.as("shenqiu.dispatcher").get(S + "console/kpis").body())
              .doesNotContain("jsx-");
        });
  }
}
