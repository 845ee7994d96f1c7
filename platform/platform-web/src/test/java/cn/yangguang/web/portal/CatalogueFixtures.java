package cn.yangguang.web.portal;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.domain.TenantFacts;
import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Items, code labels and a county for the tests of the catalogue's pages. */
public final class CatalogueFixtures {

  private CatalogueFixtures() {}

  /** Labels of the V7 code lists (a subset), Chinese and English. */
  private static final Map<String, String[]> LABELS =
      Map.ofEntries(
          Map.entry("catalogue.item-type/01", new String[] {"行政许可", "Administrative licensing"}),
          Map.entry("catalogue.item-type/02", new String[] {"行政处罚", "Administrative penalty"}),
          Map.entry("catalogue.item-type/07", new String[] {"行政确认", "Administrative confirmation"}),
          Map.entry("catalogue.hierarchy/MAIN", new String[] {"主项", "Main item"}),
          Map.entry(
              "catalogue.body-nature/STATUTORY_ORGAN", new String[] {"法定机关", "Statutory organ"}),
          Map.entry("catalogue.power-source/STATUTORY", new String[] {"法定本级行使", "Statutory"}),
          Map.entry("catalogue.exercise-level/COUNTY", new String[] {"县级", "County"}),
          Map.entry("catalogue.exercise-level/TOWNSHIP", new String[] {"镇(乡、街道)级", "Township"}),
          Map.entry("catalogue.exercise-level/VILLAGE", new String[] {"村(社区)级", "Village"}),
          Map.entry("catalogue.exercise-level/PROVINCE", new String[] {"省级", "Provincial"}),
          Map.entry(
              "catalogue.service-object/NATURAL_PERSON", new String[] {"自然人", "Natural person"}),
          Map.entry("catalogue.case-kind/PROMISED", new String[] {"承诺件", "Promised"}),
          Map.entry("catalogue.time-unit/WORKING_DAYS", new String[] {"工作日", "Working days"}),
          Map.entry("catalogue.handling-form/WINDOW", new String[] {"窗口办理", "At a window"}),
          Map.entry("catalogue.handling-form/ONLINE", new String[] {"网上办理", "Online"}),
          Map.entry("catalogue.online-depth/1", new String[] {"互联网咨询", "Online consultation"}),
          Map.entry("catalogue.online-depth/2", new String[] {"收件", "Online submission"}),
          Map.entry("catalogue.scope/COUNTY", new String[] {"全县", "County-wide"}),
          Map.entry("catalogue.result-type/LICENCE", new String[] {"证照", "Licence"}),
          Map.entry("catalogue.theme/NATURAL_PERSON", new String[] {"自然人", "Individuals"}),
          Map.entry("catalogue.theme/LEGAL_PERSON", new String[] {"法人", "Organizations"}),
          Map.entry("catalogue.material-form/ORIGINAL", new String[] {"原件", "Original"}),
          Map.entry("catalogue.material-source/APPLICANT", new String[] {"申请人自备", "Applicant"}),
          Map.entry("catalogue.necessity/REQUIRED", new String[] {"必要", "Required"}),
          Map.entry("catalogue.necessity/DEFERRABLE", new String[] {"容缺", "Deferrable"}));

  /** A code book with the labels above. */
  public static final CodeBook CODES =
      new CodeBook() {
        @Override
        public Optional<String> code(String list, String codeOrLabel) {
          return Optional.of(codeOrLabel);
        }

        @Override
        public String label(String list, String code) {
          String[] l = LABELS.get(list + "/" + code);
          return l == null ? code : l[0];
        }

        @Override
        public String labelEn(String list, String code) {
          String[] l = LABELS.get(list + "/" + code);
          return l == null ? label(list, code) : l[1];
        }
      };

  /** The county's structure: two departments. */
  public static final TenantStructure STRUCTURE =
      new TenantStructure(
          List.of(
              new DepartmentView(
                  UUID.fromString("00000000-0000-0000-0000-00000000000a"),
                  "jsx-mzj",
                  "民政局",
                  "Civil Affairs Bureau",
                  "BUREAU",
                  null,
                  false,
                  List.of()),
              new DepartmentView(
                  UUID.fromString("00000000-0000-0000-0000-00000000000b"),
                  "jsx-scjgj",
                  "市场监督管理局",
                  null,
                  "BUREAU",
                  null,
                  false,
                  List.of())),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  /** The county. */
  public static final ResolvedTenant TENANT =
      new ResolvedTenant(
          new TenantRef(
              UUID.fromString("6d4f4a62-0000-4e51-9a57-0e8f7a3c2b10"), "jianshi", "420000"),
          TenantStatus.ACTIVE,
          new TenantFacts(
              "建始县", "Jianshi County", "422822", "420000", "湖北省", "422800", "恩施州", "Asia/Shanghai"),
          Map.of("primaryColor", "#b3261e"),
          1,
          List.of());

  /** A full item taking applications. */
  public static ItemFields fields(
      String key,
      String name,
      String type,
      String department,
      List<String> levels,
      List<String> themes) {
    boolean applies = !List.of("02", "03", "04", "06").contains(type);
    return new ItemFields(
        key,
        name,
        type,
        "000123456000",
        applies ? "11422822MB0001" : null,
        "MAIN",
        null,
        null,
        department,
        "STATUTORY_ORGAN",
        null,
        "STATUTORY",
        levels,
        "《社会救助暂行办法》第十一条；《湖北省最低生活保障办法》第八条",
        List.of("NATURAL_PERSON"),
        applies ? "户籍在本县，家庭人均收入低于当地最低生活保障标准\n且符合财产状况规定" : null,
        applies ? "PROMISED" : null,
        applies ? new ItemFields.Limit(30, "WORKING_DAYS", "不含公示时间") : null,
        applies ? new ItemFields.Limit(20, "WORKING_DAYS", null) : null,
        new ItemFields.Fee(false, null, null),
        applies ? List.of("WINDOW", "ONLINE") : List.of(),
        applies ? 1 : null,
        applies ? "需核验原件<b>" : null,
        new ItemFields.Online(
            true, List.of("1", "2"), "https://zwfw.hubei.gov.cn/item?id=1&x=2", false),
        true,
        false,
        "COUNTY",
        null,
        null,
        null,
        "县政务服务中心一楼 3 号窗口",
        "工作日 9:00-17:00",
        "0718-3322111",
        "12345",
        null,
        applies ? "LICENCE" : null,
        applies ? "最低生活保障证" : null,
        themes,
        applies
            ? List.of(
                new ItemFields.Step("受理", 1),
                new ItemFields.Step("审查", 15),
                new ItemFields.Step("决定", 4))
            : List.of(),
        applies
            ? List.of(
                new ItemFields.Material("居民身份证", "ORIGINAL", 1, "APPLICANT", "REQUIRED"),
                new ItemFields.Material("收入证明", "ORIGINAL", 1, "APPLICANT", "DEFERRABLE"))
            : List.of(),
        true);
  }

  /** A published version of these fields. */
  public static ServiceItem published(ItemFields f) {
    Instant at = Instant.parse("2025-11-02T17:30:00Z");
    return new ServiceItem(
        UUID.randomUUID(), 3, ServiceItem.Status.PUBLISHED, f, at, "admin", at, null);
  }

  /** A version of these fields in a status. */
  public static ServiceItem version(ItemFields f, ServiceItem.Status status, int version) {
    Instant at = Instant.parse("2025-11-02T17:30:00Z");
    return new ServiceItem(
        UUID.randomUUID(),
        version,
        status,
        f,
        at,
        "admin",
        status == ServiceItem.Status.DRAFT ? null : at,
        status == ServiceItem.Status.RETIRED ? at : null);
  }
}
