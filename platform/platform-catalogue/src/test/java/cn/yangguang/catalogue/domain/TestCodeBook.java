package cn.yangguang.catalogue.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The national code lists of migration V7, in memory, for tests of pure rules. */
public final class TestCodeBook implements CodeBook {

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> codes = new HashMap<>();

  public TestCodeBook() {
    add(Codes.ITEM_TYPE, "01", "行政许可", "02", "行政处罚", "06", "行政检查", "07", "行政确认", "21", "公共服务");
    add(Codes.HIERARCHY, "MAIN", "主项", "SUB", "子项", "HANDLING", "业务办理项");
    add(Codes.HANDLING_KIND, "NEW", "新设", "CHANGE", "变更", "RENEW", "延续", "CANCEL", "注销");
    add(Codes.BODY_NATURE, "STATUTORY_ORGAN", "法定机关", "ENTRUSTED_ORG", "受委托组织");
    add(Codes.POWER_SOURCE, "STATUTORY", "法定本级行使", "ENTRUSTED_UP", "上级委托");
    add(Codes.EXERCISE_LEVEL, "COUNTY", "县级", "TOWNSHIP", "镇(乡、街道)级");
    add(Codes.SERVICE_OBJECT, "NATURAL_PERSON", "自然人", "ENTERPRISE", "企业法人");
    add(Codes.CASE_KIND, "IMMEDIATE", "即办件", "PROMISED", "承诺件");
    add(Codes.TIME_UNIT, "WORKING_DAYS", "工作日", "NATURAL_DAYS", "自然日", "HOURS", "小时");
    add(Codes.HANDLING_FORM, "WINDOW", "窗口办理", "ONLINE", "网上办理", "POSTAL", "快递申请");
    add(
        Codes.ONLINE_DEPTH,
        "1",
        "互联网咨询",
        "2",
        "收件",
        "3",
        "预审",
        "4",
        "受理",
        "5",
        "办理",
        "6",
        "结果信息反馈");
    add(Codes.SCOPE, "COUNTY", "全县");
    add(Codes.RESULT_TYPE, "LICENCE", "证照", "APPROVAL", "批文", "OTHER", "其他", "NONE", "无");
    add(Codes.THEME, "NATURAL_PERSON", "自然人", "LEGAL_PERSON", "法人");
    add(Codes.MATERIAL_FORM, "ORIGINAL", "原件", "COPY", "复印件");
    add(Codes.MATERIAL_SOURCE, "APPLICANT", "申请人自备", "GOVERNMENT", "政府部门核发");
    add(Codes.NECESSITY, "REQUIRED", "必要", "OPTIONAL", "非必要");
    add(Codes.STATUS, "DRAFT", "草稿", "PUBLISHED", "已发布", "RETIRED", "已废止");
  }

  private void add(String list, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(list + "/" + pairs[i], pairs[i + 1]);
      codes.put(list + "/" + pairs[i + 1], pairs[i]);
    }
  }

  @Override
  public Optional<String> code(String list, String v) {
    if (labels.containsKey(list + "/" + v)) {
      return Optional.of(v);
    }
    return Optional.ofNullable(codes.get(list + "/" + v));
  }

  @Override
  public String label(String list, String code) {
    return labels.getOrDefault(list + "/" + code, code);
  }

  @Override
  public String labelEn(String list, String code) {
    return label(list, code);
  }
}
