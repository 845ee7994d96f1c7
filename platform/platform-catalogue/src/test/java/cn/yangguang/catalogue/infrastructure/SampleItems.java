package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Realistic county items for the search tests: names from county implementation lists (synthetic
 * keys and departments), with the fields the index reads, and the queries residents type with the
 * items they must find.
 */
final class SampleItems {

  static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

  /** key, name, department, result name, materials (separated by ；), legal basis. */
  private static final String[][] ROWS = {
    {"gt-sl", "个体工商户设立登记", "scjgj", "营业执照", "经营者身份证明；经营场所使用证明", "《促进个体工商户发展条例》第八条"},
    {"gt-bg", "个体工商户变更登记", "scjgj", "营业执照", "变更登记申请书", "《促进个体工商户发展条例》第八条"},
    {"gt-zx", "个体工商户注销登记", "scjgj", null, "注销登记申请书", "《中华人民共和国市场主体登记管理条例》第三十一条"},
    {"yyzz-bl", "企业营业执照遗失补领", "scjgj", "营业执照", "遗失声明", "《中华人民共和国市场主体登记管理条例》第二十一条"},
    {"qy-sl", "企业设立登记", "scjgj", "营业执照", "公司章程；法定代表人身份证明", "《中华人民共和国市场主体登记管理条例》第三条"},
    {"db-gf", "城乡居民最低生活保障金给付", "mzj", null, "居民户口簿；居民身份证；家庭收入情况声明", "《社会救助暂行办法》第九条"},
    {"tk-rd", "特困人员认定", "mzj", null, "居民身份证；居民户口簿", "《社会救助暂行办法》第十四条"},
    {"ls-jz", "临时救助金给付", "mzj", null, "救助申请书", "《社会救助暂行办法》第四十七条"},
    {"sg-xk", "建筑工程施工许可证核发", "zjj", "建筑工程施工许可证", "建设工程规划许可证；施工合同", "《中华人民共和国建筑法》第七条"},
    {"gh-xk", "建设工程规划许可证核发", "zrzyj", "建设工程规划许可证", "建设项目批准文件", "《中华人民共和国城乡规划法》第四十条"},
    {"sp-jy", "食品经营许可", "scjgj", "食品经营许可证", "食品安全管理制度", "《中华人民共和国食品安全法》第三十五条"},
    {"sp-jy-bg", "食品经营许可变更", "scjgj", "食品经营许可证", "食品经营许可证正副本", "《中华人民共和国食品安全法》第三十五条"},
    {"sp-sc", "食品生产许可", "scjgj", "食品生产许可证", "食品生产加工场所平面图", "《中华人民共和国食品安全法》第三十五条"},
    {"yp-ls", "药品零售企业经营许可", "scjgj", "药品经营许可证", "执业药师资格证书", "《中华人民共和国药品管理法》第五十一条"},
    {"sfz-sl", "居民身份证申领", "gaj", "居民身份证", "居民户口簿", "《中华人民共和国居民身份证法》第八条"},
    {"sfz-hl", "居民身份证换领", "gaj", "居民身份证", "原居民身份证", "《中华人民共和国居民身份证法》第十一条"},
    {"hk-qy", "户口迁移", "gaj", null, "居民户口簿；准予迁入证明", "《中华人民共和国户口登记条例》第十条"},
    {"cs-dj", "出生登记", "gaj", null, "出生医学证明；居民户口簿", "《中华人民共和国户口登记条例》第七条"},
    {"tz-ba", "企业投资项目备案", "fgj", null, "项目备案信息表", "《企业投资项目核准和备案管理条例》第十三条"},
    {"yb-cb", "城乡居民基本医疗保险参保登记", "ybj", null, "居民身份证", "《中华人民共和国社会保险法》第二十五条"},
    {"sbk-sl", "社会保障卡申领", "rsj", "社会保障卡", "居民身份证；近期免冠照片", "《中华人民共和国社会保险法》第五十八条"},
    {"yl-cb", "城乡居民基本养老保险参保登记", "rsj", null, "居民身份证；居民户口簿", "《中华人民共和国社会保险法》第二十二条"},
    {"gjj-tq", "住房公积金提取", "gjj", null, "购房合同；居民身份证", "《住房公积金管理条例》第二十四条"},
    {"jsz-hz", "机动车驾驶证换证", "gaj", "机动车驾驶证", "身体条件证明", "《中华人民共和国道路交通安全法》第十九条"},
    {"sy-dj", "生育登记", "wjw", null, "结婚证；居民身份证", "《中华人民共和国人口与计划生育法》第十八条"},
    {"lnr-yd", "老年人优待证办理", "mzj", "老年人优待证", "居民身份证；近期免冠照片", "《中华人民共和国老年人权益保障法》第五十八条"},
    {"cjr-z", "残疾人证核发", "cl", "残疾人证", "残疾评定表", "《中华人民共和国残疾人保障法》第二条"},
    {"zjd-jf", "农村宅基地和建房(规划许可)审批", "nyncj", "乡村建设规划许可证", "农村宅基地和建房申请表", "《中华人民共和国土地管理法》第六十二条"},
    {"jh-dj", "结婚登记", "mzj", "结婚证", "居民户口簿；居民身份证", "《婚姻登记条例》第四条"},
    {"bdc-dj", "不动产登记", "zrzyj", "不动产权证书", "不动产登记申请书；权属来源证明", "《不动产登记暂行条例》第三条"},
    {"yc-ls", "烟草专卖零售许可证核发", "ycj", "烟草专卖零售许可证", "经营场所使用证明", "《中华人民共和国烟草专卖法》第十六条"},
    {"yl-jg", "医疗机构执业许可", "wjw", "医疗机构执业许可证", "医疗机构基本标准", "《医疗机构管理条例》第九条"},
    {"dl-ys", "道路运输经营许可", "jtj", "道路运输经营许可证", "车辆技术等级评定", "《中华人民共和国道路运输条例》第八条"},
    {"gg-ws", "公共场所卫生许可", "wjw", "公共场所卫生许可证", "卫生管理制度", "《公共场所卫生管理条例》第八条"},
  };

  /**
   * What residents type and what each query must find: the keys that must be among the hits, the
   * first of them also first in the list when the query names an item exactly (marked {@code !}).
   */
  static final Map<String, List<String>> QUERIES =
      Map.ofEntries(
          Map.entry("低保", List.of("db-gf")),
          Map.entry("户口", List.of("hk-qy")),
          Map.entry("营业执照", List.of("yyzz-bl", "gt-sl", "qy-sl")),
          Map.entry("施工许可", List.of("sg-xk")),
          Map.entry("个体户", List.of("gt-sl", "gt-bg", "gt-zx")),
          Map.entry("医保", List.of("yb-cb")),
          Map.entry("社保", List.of("sbk-sl")),
          Map.entry("公积金", List.of("gjj-tq")),
          Map.entry("身份证", List.of("sfz-sl", "sfz-hl")),
          Map.entry("驾照", List.of("jsz-hz")),
          Map.entry("准生证", List.of("sy-dj")),
          Map.entry("老年证", List.of("lnr-yd")),
          Map.entry("残疾证", List.of("cjr-z")),
          Map.entry("房产证", List.of("bdc-dj")),
          Map.entry("办理营业执照", List.of("yyzz-bl")),
          Map.entry("怎么办理身份证", List.of("sfz-sl")),
          Map.entry("低保申请", List.of("db-gf")),
          Map.entry("户口迁移", List.of("!hk-qy")),
          Map.entry("食品经营许可", List.of("!sp-jy", "sp-jy-bg")),
          Map.entry("特困人员认定", List.of("!tk-rd")),
          Map.entry("企业投资项目备案", List.of("!tz-ba")),
          Map.entry("建筑工程施工许可证核发", List.of("!sg-xk")));

  /** Text that must find nothing, and must not break the query. */
  static final List<String> NONSENSE =
      List.of("量子纠缠火箭", "xyzzy", "哈哈哈哈", "*:* OR 1=1", "\"\\ AND ( [ ~ ^", "  ");

  /** Conditions of the length a county's list has (about 300 characters). */
  private static final String CONDITIONS =
      "辖区内申请人应当具备下列条件：（一）具有完全民事行为能力，或者由其法定代理人代为申请；（二）有与申请事项相适应的"
          + "固定场所，场所符合国土空间规划、消防安全、生态环境保护等要求；（三）有与申请事项相适应的管理制度和专业技术人员；"
          + "（四）申请材料齐全、真实、有效，符合法定形式；（五）法律、法规规定的其他条件。有下列情形之一的，不予受理："
          + "申请事项依法不需要取得行政许可的；申请事项依法不属于本行政机关职权范围的；申请人隐瞒有关情况或者提供虚假材料"
          + "申请行政许可的，一年内不得再次申请。委托他人代为办理的，应当提交授权委托书和受托人的居民身份证。";

  private SampleItems() {}

  /** The sample items, published. */
  static List<ServiceItem> all() {
    List<ServiceItem> items = new ArrayList<>();
    for (String[] r : ROWS) {
      List<String> materials = r[4] == null ? List.of() : split(r[4]);
      items.add(item(r[0], 1, r[1], r[2], r[3], materials, "申请人符合法定条件，材料齐全、符合法定形式", r[5]));
    }
    return items;
  }

  /**
   * About {@code n} items: the samples as township handling items (新设, 变更, 延续, 注销 in each of many
   * townships), for measuring.
   */
  static List<ServiceItem> many(int n) {
    String[] towns = {"业州镇", "高坪镇", "红岩寺镇", "茅田乡", "龙坪乡", "三里乡", "官店镇", "景阳镇"};
    String[] kinds = {"新设", "变更", "延续", "注销"};
    List<ServiceItem> items = new ArrayList<>();
    int i = 0;
    while (items.size() < n) {
      for (String[] r : ROWS) {
        if (items.size() == n) {
          break;
        }
        String town = towns[(i / ROWS.length) % towns.length];
        String kind = kinds[(i / (ROWS.length * towns.length)) % kinds.length];
        String name = town + r[1] + "（" + kind + "）" + (i / (ROWS.length * 32));
        List<String> materials = r[4] == null ? List.of() : split(r[4]);
        items.add(item(r[0] + "-" + i, 1, name, r[2], r[3], materials, town + CONDITIONS, r[5]));
        i++;
      }
    }
    return items;
  }

  /** A published item with the fields the index reads; the rest as a county file would have it. */
  static ServiceItem item(
      String key, String name, String department, String result, List<String> materials) {
    return item(key, 1, name, department, result, materials);
  }

  static ServiceItem item(
      String key,
      int version,
      String name,
      String department,
      String result,
      List<String> materials) {
    return item(
        key,
        version,
        name,
        department,
        result,
        materials,
        "申请人符合法定条件，材料齐全、符合法定形式",
        "《中华人民共和国行政许可法》第十二条");
  }

  static ServiceItem item(
      String key,
      int version,
      String name,
      String department,
      String result,
      List<String> materials,
      String conditions,
      String basis) {
    ItemFields f =
        new ItemFields(
            key,
            name,
            "01",
            "000101001000",
            null,
            "MAIN",
            null,
            null,
            department,
            "STATUTORY",
            null,
            "STATUTORY_LOCAL",
            List.of("COUNTY"),
            basis,
            List.of("NATURAL_PERSON"),
            conditions,
            "PROMISED",
            new ItemFields.Limit(20, "WORKING_DAYS", null),
            new ItemFields.Limit(10, "WORKING_DAYS", null),
            null,
            List.of("WINDOW", "ONLINE"),
            0,
            null,
            null,
            true,
            false,
            null,
            null,
            null,
            null,
            "县政务服务中心",
            "工作日 9:00-17:00",
            "0718-0000000",
            "12345",
            null,
            result == null ? "NONE" : "LICENCE",
            result,
            List.of("NATURAL_PERSON"),
            List.of(new ItemFields.Step("受理", 1), new ItemFields.Step("审查", 9)),
            materials.stream()
                .map(m -> new ItemFields.Material(m, "ORIGINAL", 1, "APPLICANT", "REQUIRED"))
                .toList(),
            true);
    ServiceItem draft =
        new ServiceItem(
            java.util.UUID.randomUUID(),
            version,
            ServiceItem.Status.DRAFT,
            f,
            NOW,
            "test",
            null,
            null);
    return draft.published(NOW);
  }

  private static List<String> split(String materials) {
    return Arrays.asList(materials.split("；"));
  }
}
