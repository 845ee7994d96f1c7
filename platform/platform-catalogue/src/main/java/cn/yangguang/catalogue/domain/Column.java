package cn.yangguang.catalogue.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the catalogue exchange format (docs/catalogue-format.md), in file order, with the
 * national field names as headers. {@link #list} names the code list of an enumerated column.
 */
public enum Column {
  KEY("实施编码", null),
  NAME("事项名称", null),
  ITEM_TYPE("事项类型", Codes.ITEM_TYPE),
  BASE_CODE("基本编码", null),
  HANDLING_CODE("业务办理项编码", null),
  HIERARCHY("事项层级", Codes.HIERARCHY),
  PARENT_KEY("上级实施编码", null),
  HANDLING_KIND("办理项类型", Codes.HANDLING_KIND),
  DEPARTMENT("实施主体", null),
  BODY_NATURE("实施主体性质", Codes.BODY_NATURE),
  ENTRUSTED_BY("委托部门", null),
  POWER_SOURCE("权力来源", Codes.POWER_SOURCE),
  EXERCISE_LEVELS("行使层级", Codes.EXERCISE_LEVEL),
  LEGAL_BASIS("设定依据", null),
  SERVICE_OBJECTS("服务对象", Codes.SERVICE_OBJECT),
  CONDITIONS("受理条件", null),
  CASE_KIND("办件类型", Codes.CASE_KIND),
  STATUTORY_LIMIT("法定办结时限", null),
  STATUTORY_UNIT("法定时限单位", Codes.TIME_UNIT),
  STATUTORY_NOTE("法定时限说明", null),
  PROMISED_LIMIT("承诺办结时限", null),
  PROMISED_UNIT("承诺时限单位", Codes.TIME_UNIT),
  PROMISED_NOTE("承诺时限说明", null),
  CHARGED("是否收费", null),
  FEE_BASIS("收费依据", null),
  FEE_STANDARD("收费标准", null),
  HANDLING_FORMS("办理形式", Codes.HANDLING_FORM),
  SITE_VISITS("到办事现场次数", null),
  SITE_VISIT_REASON("现场办理原因说明", null),
  ONLINE("是否网办", null),
  ONLINE_DEPTH("网上办理深度", Codes.ONLINE_DEPTH),
  ONLINE_URL("网办地址", null),
  ONLINE_PAYMENT("网上支付", null),
  POSTAL("物流快递", null),
  APPOINTMENT("预约办理", null),
  SCOPE("通办范围", Codes.SCOPE),
  JOINT_BODIES("联办机构", null),
  INTERMEDIARY("中介服务", null),
  QUANTITY_LIMIT("数量限制", null),
  PLACE("办理地点", null),
  HOURS("办理时间", null),
  CONSULTATION("咨询方式", null),
  COMPLAINT("监督投诉方式", null),
  SPECIAL_PROCEDURES("特别程序", null),
  RESULT_TYPE("审批结果类型", Codes.RESULT_TYPE),
  RESULT_NAME("审批结果名称", null),
  THEMES("主题分类", Codes.THEME),
  STEPS("办理流程", null),
  MATERIALS("申请材料", null),
  STATUS("事项状态", Codes.STATUS),
  SOURCE("数据来源", null),
  /**
   * The key of the province master item a county item derives from (empty for a local item); its
   * base fields are then locked to the master ({@link MasterLock}).
   */
  MASTER_KEY("省级目录编码", null);

  /** Separates the values of a multi-valued cell. */
  public static final String MULTI = "；";

  private final String header;
  private final String list;

  Column(String header, String list) {
    this.header = header;
    this.list = list;
  }

  /** The header in the file (the national field name). */
  public String header() {
    return header;
  }

  /** The code list of an enumerated column, or null. */
  public String list() {
    return list;
  }

  /** The column with this header. */
  public static Optional<Column> ofHeader(String header) {
    String h = header == null ? "" : header.strip().replace("\uFEFF", "");
    return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
  }
}
