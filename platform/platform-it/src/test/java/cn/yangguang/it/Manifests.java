package cn.yangguang.it;

import java.util.UUID;

/** Small valid manifests for tenants a test creates for itself. */
public final class Manifests {

  private Manifests() {}

  /** A new tenant of a Hubei county with one of everything; slug and id are fresh. */
  public static TestTenant fresh(String prefix) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new TestTenant(UUID.randomUUID(), slug, "420000");
  }

  /** A tenant a test owns. */
  public record TestTenant(UUID id, String slug, String provinceCode) {

    /** Its manifest, with the given county name. */
    public String manifest(String nameZh) {
      return """
          id: %s
          slug: %s
          names: {zh: %s, en: Test County}
          division: {code: "%s", history: []}
          province: {code: "%s", name: 测试省}
          timeZone: Asia/Shanghai
          departments:
            - code: civil
              name: %s民政局
              kind: BUREAU
              synthetic: true
              posts:
                - {code: civil-clerk, name: 窗口受理岗}
          townships:
            - code: town-a
              name: 甲镇
              kind: TOWN
              villages:
                - {code: village-a, name: 甲村, kind: VILLAGE, synthetic: true}
          servicePoints:
            - {code: centre, name: 政务服务中心, level: COUNTY, synthetic: true}
            - {code: village-a-station, name: 甲村便民服务站, level: VILLAGE, township: town-a, village: village-a, synthetic: true}
          plugins:
            - {id: village-affairs, enabled: true, settings: {}}
          """
          .formatted(id, slug, nameZh, provinceCode.substring(0, 2) + "9999", provinceCode, nameZh);
    }

    /** Onboards it through the operator API; fails the test unless 201. */
    public TestTenant onboard(String nameZh) {
      Http.Reply r =
          TestStack.http()
              .asOperator()
              .post("/api/v1/platform/tenants", "application/yaml", manifest(nameZh));
      if (r.status() != 201) {
        throw new AssertionError("onboarding " + slug + " failed: " + r);
      }
      return this;
    }
  }
}
