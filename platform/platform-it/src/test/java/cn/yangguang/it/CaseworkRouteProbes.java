package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the casework API: a jianshi case, its work item, its query code and
 * its uploads are invisible and untouchable from kaizhou's address and by kaizhou's staff.
 */
final class CaseworkRouteProbes {

  private CaseworkRouteProbes() {}

  private static CaseworkClient.Submitted jianshiCase;
  private static String jianshiWorkItem;

  private static synchronized CaseworkClient.Submitted jianshiCase(Http anon) {
    if (jianshiCase == null) {
      Http clerk = anon.as("jianshi.clerk");
      jianshiCase = new CaseworkClient("jianshi").apply(clerk, CaseworkIT.PROMISE_ITEM);
      jianshiWorkItem =
          new CaseworkClient("jianshi").line(clerk, jianshiCase.number()).getString("id");
    }
    return jianshiCase;
  }

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    Http kzClerk = anon.as("kaizhou.clerk");
    Http kzAdmin = anon.as("kaizhou.admin");
    String kz = "/t/kaizhou/api/v1";
    p.put(
        "POST /t/{tenant}/api/v1/cases/uploads",
        h -> {
          String jsFile = new CaseworkClient("jianshi").upload(anon.as("resident1"));
          // a file uploaded in jianshi cannot be attached in kaizhou
          Http.Reply r =
              anon.as("resident1")
                  .postJson(
                      kz + "/cases",
                      new CaseworkClient("kaizhou")
                          .application(
                              "500154-FGW-0002",
                              jakarta.json.Json.createArrayBuilder()
                                  .add(
                                      jakarta.json.Json.createObjectBuilder()
                                          .add("name", "x")
                                          .add("fileId", jsFile)),
                              "probe-" + System.nanoTime()));
          assertThat(r.status()).isEqualTo(422);
        });
    p.put(
        "POST /t/{tenant}/api/v1/cases",
        h -> {
          // a jianshi item key does not exist at kaizhou's address
          Http.Reply r =
              kzClerk.postJson(
                  kz + "/cases",
                  new CaseworkClient("kaizhou")
                      .application(
                          CaseworkIT.PROMISE_ITEM,
                          jakarta.json.Json.createArrayBuilder(),
                          "probe-" + System.nanoTime()));
          assertThat(r.status()).isEqualTo(422);
          assertThat(r.body()).contains("itemKey");
        });
    p.put(
        "GET /t/{tenant}/api/v1/cases",
        h -> {
          String number = jianshiCase(anon).number();
          assertThat(kzClerk.get(kz + "/cases?limit=500").body()).doesNotContain(number);
          assertThat(kzClerk.get("/t/jianshi/api/v1/cases").status()).isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/api/v1/cases/{id}",
        h -> {
          String id = jianshiCase(anon).id();
          assertThat(kzClerk.get(kz + "/cases/" + id).status()).isEqualTo(404);
          assertThat(kzClerk.get("/t/jianshi/api/v1/cases/" + id).status()).isEqualTo(403);
          assertThat(anon.get("/t/jianshi/api/v1/cases/" + id).status()).isEqualTo(401);
        });
    for (String action :
        new String[] {
          "accept",
          "refuse",
          "supplement-notice",
          "special-procedure/start",
          "special-procedure/end",
          "fee",
          "extension",
          "unmask"
        }) {
      p.put(
          "POST /t/{tenant}/api/v1/cases/{id}/" + action,
          h -> {
            String id = jianshiCase(anon).id();
            String body =
                "fee".equals(action) ? "{\"amount\":1}" : "{\"reason\":\"x\",\"kind\":\"听证\"}";
            Http admin = "unmask".equals(action) ? kzAdmin : kzClerk;
            assertThat(admin.postJson(kz + "/cases/" + id + "/" + action, body).status())
                .isEqualTo(404);
            assertThat(
                    admin.postJson("/t/jianshi/api/v1/cases/" + id + "/" + action, body).status())
                .isEqualTo(403);
          });
    }
    p.put(
        "POST /t/{tenant}/api/v1/cases/{id}/supplement",
        h -> {
          String id = jianshiCase(anon).id();
          String body =
              "{\"materials\":[{\"name\":\"x\",\"fileId\":\""
                  + java.util.UUID.randomUUID()
                  + "\"}]}";
          assertThat(
                  anon.as("resident1").postJson(kz + "/cases/" + id + "/supplement", body).status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/api/v1/work-items",
        h -> {
          String number = jianshiCase(anon).number();
          assertThat(kzClerk.get(kz + "/work-items").body()).doesNotContain(number);
        });
    p.put(
        "POST /t/{tenant}/api/v1/work-items/{id}/complete",
        h -> {
          jianshiCase(anon);
          assertThat(
                  kzClerk
                      .postJson(kz + "/work-items/" + jianshiWorkItem + "/complete", "{}")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/api/v1/lookup",
        h -> {
          CaseworkClient.Submitted s = jianshiCase(anon);
          assertThat(new CaseworkClient("jianshi").lookup(s.number(), s.queryCode()).status())
              .isEqualTo(200);
          Http.Reply other = new CaseworkClient("kaizhou").lookup(s.number(), s.queryCode());
          assertThat(other.status()).isIn(404, 429);
          assertThat(other.body()).doesNotContain(s.number() + "\",\"itemName");
        });
    p.put(
        "GET /t/{tenant}/api/v1/my/cases",
        h ->
            assertThat(anon.as("resident1").get(kz + "/my/cases").body())
                .doesNotContain("422822-"));
    p.put(
        "GET /t/{tenant}/api/v1/my/cases/{id}",
        h ->
            assertThat(
                    anon.as("resident1").get(kz + "/my/cases/" + jianshiCase(anon).id()).status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/api/v1/cases/{id}/documents/{kind}",
        h -> {
          String id = jianshiCase(anon).id();
          assertThat(kzClerk.get(kz + "/cases/" + id + "/documents/acceptance").status())
              .isEqualTo(404);
          assertThat(
                  kzClerk.get("/t/jianshi/api/v1/cases/" + id + "/documents/acceptance").status())
              .isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/api/v1/cases/{id}/materials/{fileId}",
        h -> {
          String id = jianshiCase(anon).id();
          String file =
              anon.as("jianshi.clerk")
                  .get("/t/jianshi/api/v1/cases/" + id)
                  .json()
                  .getJsonArray("materials")
                  .getJsonObject(0)
                  .getString("fileId");
          assertThat(kzClerk.get(kz + "/cases/" + id + "/materials/" + file).status())
              .isEqualTo(404);
          assertThat(kzClerk.get("/t/jianshi/api/v1/cases/" + id + "/materials/" + file).status())
              .isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/api/v1/my/cases/{id}/documents/{kind}",
        h ->
            assertThat(
                    anon.as("resident1")
                        .get(kz + "/my/cases/" + jianshiCase(anon).id() + "/documents/acceptance")
                        .status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/api/v1/my/messages",
        h ->
            assertThat(anon.as("resident1").get(kz + "/my/messages").body())
                .doesNotContain("422822-"));
    p.put(
        "GET /t/{tenant}/api/v1/processes",
        h -> {
          assertThat(kzAdmin.get("/t/jianshi/api/v1/processes").status()).isEqualTo(403);
          assertThat(kzAdmin.get(kz + "/processes").body()).doesNotContain("422822-");
        });
    p.put(
        "PUT /t/{tenant}/api/v1/processes/{itemKey}",
        h -> {
          Http.Reply r =
              kzAdmin.put(
                  kz + "/processes/500154-FGW-0002",
                  "application/json",
                  "{\"template\":\"PROMISE\",\"acceptPost\":\"jsx-fgj-clerk\",\"reviewPost\":\"jsx-fgj-review\","
                      + "\"approvePost\":\"jsx-fgj-approve\"}");
          assertThat(r.status()).isEqualTo(422);
          assertThat(r.body()).contains("jsx-fgj-clerk");
        });
    p.put(
        "POST /t/{tenant}/api/v1/processes/definitions/{key}",
        h -> {
          String bpmn =
              "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:flowable="
                  + "\"http://flowable.org/bpmn\" targetNamespace=\"x\"><process id=\"steal\" isExecutable=\"true\">"
                  + "<startEvent id=\"s\"/><sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"t\"/>"
                  + "<userTask id=\"t\" flowable:candidateGroups=\"jsx-fgj-review\"/>"
                  + "<sequenceFlow id=\"g\" sourceRef=\"t\" targetRef=\"e\"/><endEvent id=\"e\"/></process></definitions>";
          Http.Reply r = kzAdmin.post(kz + "/processes/definitions/steal", "application/xml", bpmn);
          assertThat(r.status()).isEqualTo(422);
          assertThat(r.body()).contains("jsx-fgj-review is not a post of this county");
        });
    pageProbes(p, anon);
  }

  /** The portal and console pages of casework. */
  private static void pageProbes(Map<String, Consumer<Http>> p, Http anon) {
    Http resident = anon.as("resident1").header("Accept", "text/html");
    Http kzClerk = anon.as("kaizhou.clerk").header("Accept", "text/html");
    Http kzAdmin = anon.as("kaizhou.admin").header("Accept", "text/html");
    p.put(
        "GET /t/{tenant}/cases/apply/{key}",
        h -> {
          assertThat(resident.get("/t/jianshi/cases/apply/" + CaseworkIT.PROMISE_ITEM).status())
              .isEqualTo(200);
          assertThat(resident.get("/t/kaizhou/cases/apply/" + CaseworkIT.PROMISE_ITEM).status())
              .isEqualTo(404);
        });
    p.put(
        "POST /t/{tenant}/cases/apply/{key}",
        h ->
            assertThat(
                    resident
                        .post(
                            "/t/kaizhou/cases/apply/" + CaseworkIT.PROMISE_ITEM,
                            "multipart/form-data; boundary=x",
                            "--x--\r\n")
                        .status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/cases/lookup",
        h -> {
          CaseworkClient.Submitted s = jianshiCase(anon);
          Http.Reply other =
              anon.header("Accept", "text/html")
                  .get("/t/kaizhou/cases/lookup?number=" + s.number() + "&code=" + s.queryCode());
          assertThat(other.status()).isIn(404, 429);
          assertThat(other.body()).doesNotContain("id=\"result\"");
        });
    p.put(
        "GET /t/{tenant}/cases/mine",
        h -> assertThat(resident.get("/t/kaizhou/cases/mine").body()).doesNotContain("422822-"));
    p.put(
        "GET /t/{tenant}/console/cases",
        h -> {
          String number = jianshiCase(anon).number();
          assertThat(kzClerk.get("/t/kaizhou/console/cases").body()).doesNotContain(number);
          assertThat(kzClerk.get("/t/jianshi/console/cases").status()).isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/console/cases/sms",
        h -> {
          String number = jianshiCase(anon).number();
          Http.Reply r = kzAdmin.get("/t/kaizhou/console/cases/sms");
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.body()).doesNotContain(number);
        });
    p.put(
        "GET /t/{tenant}/console/cases/{id}",
        h -> {
          String id = jianshiCase(anon).id();
          assertThat(kzClerk.get("/t/kaizhou/console/cases/" + id).status()).isEqualTo(404);
          assertThat(kzClerk.get("/t/jianshi/console/cases/" + id).status()).isEqualTo(403);
        });
    p.put(
        "POST /t/{tenant}/console/cases/{id}",
        h -> {
          String id = jianshiCase(anon).id();
          assertThat(
                  kzClerk
                      .post(
                          "/t/kaizhou/console/cases/" + id,
                          "application/x-www-form-urlencoded",
                          "action=accept")
                      .status())
              .isEqualTo(404);
          assertThat(
                  kzClerk
                      .post(
                          "/t/jianshi/console/cases/" + id,
                          "application/x-www-form-urlencoded",
                          "action=accept")
                      .status())
              .isEqualTo(403);
        });
  }
}
