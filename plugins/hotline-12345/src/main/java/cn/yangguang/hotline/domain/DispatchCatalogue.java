package cn.yangguang.hotline.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dispatch catalogue (派单目录, 国办函〔2025〕66号): built from the units' duty lists, it maps what a
 * matter is about (a service, as Open311 lists it) and where it happened (a township's name in the
 * address) to a lead unit and co-handling units. Pure.
 */
public final class DispatchCatalogue {

  /**
   * A service a resident can ask for.
   *
   * @param code Open311's {@code service_code}
   * @param name its name
   * @param description what it covers
   * @param group Open311's {@code group}
   * @param keywords comma-separated, Open311's {@code keywords}
   * @param type the type of matter it usually is
   */
  public record Service(
      String code,
      String name,
      String description,
      String group,
      String keywords,
      TicketType type) {}

  /**
   * Where a service's matters go.
   *
   * @param serviceCode the service
   * @param place a township's name the address must contain, or "" for anywhere
   * @param leadUnit the lead unit's code (主办)
   * @param coUnits the co-handling units' codes (协办)
   */
  public record Rule(String serviceCode, String place, String leadUnit, List<String> coUnits) {
    /** Checks and copies. */
    public Rule {
      Objects.requireNonNull(serviceCode, "serviceCode");
      place = place == null ? "" : place.trim();
      if (leadUnit == null || leadUnit.isBlank()) {
        throw new TicketException("leadUnit", "a rule names its lead unit");
      }
      coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
      if (coUnits.contains(leadUnit)) {
        throw new TicketException("coUnits", "the lead unit cannot also co-handle");
      }
    }
  }

  /**
   * A standard service with the duty (a word of the department's name) that leads it.
   *
   * @param service the service
   * @param leadDuty e.g. 住房和城乡建设
   * @param coDuties co-handling duties
   */
  public record Standard(Service service, String leadDuty, List<String> coDuties) {}

  /** The services every county starts with (SYNTHETIC: drawn from common 12345 categories). */
  public static final List<Standard> STANDARD =
      List.of(
          std("streetlight", "路灯损坏", "城市管理", "路灯,照明", TicketType.COMPLAINT, "住房和城乡建设"),
          std("road-damage", "道路破损", "城市管理", "道路,坑洼", TicketType.COMPLAINT, "住房和城乡建设", "交通运输"),
          std("sanitation", "环境卫生", "城市管理", "垃圾,污水,卫生", TicketType.COMPLAINT, "住房和城乡建设"),
          std("noise", "噪音扰民", "生态环境", "噪音,施工,扰民", TicketType.COMPLAINT, "生态环境", "公安"),
          std("wage-arrears", "拖欠工资", "劳动保障", "欠薪,工资,农民工", TicketType.HELP, "人力资源和社会保障"),
          std(
              "social-insurance",
              "社保医保",
              "劳动保障",
              "社保,医保,养老",
              TicketType.CONSULT,
              "人力资源和社会保障",
              "医疗保障"),
          std("consumer", "消费维权", "市场监管", "消费,食品,价格", TicketType.COMPLAINT, "市场监督管理"),
          std("assistance", "低保与救助", "民生保障", "低保,救助,困难", TicketType.HELP, "民政"),
          std("schooling", "教育入学", "教育", "学校,入学,教育", TicketType.CONSULT, "教育"),
          std("health", "医疗卫生", "卫生健康", "医院,医疗,疫苗", TicketType.COMPLAINT, "卫生健康"),
          std("farming", "农业农村", "三农", "农业,耕地,补贴", TicketType.HELP, "农业农村"),
          std("illegal-building", "违法建设", "城乡建设", "违建,违法建设", TicketType.REPORT, "自然资源", "住房和城乡建设"),
          std("suggestion", "意见建议", "其他", "建议", TicketType.SUGGESTION, "人民政府办公室"));

  private DispatchCatalogue() {}

  private static Standard std(
      String code, String name, String group, String keywords, TicketType type, String... duties) {
    return new Standard(
        new Service(code, name, name + "（" + group + "）", group, keywords, type),
        duties[0],
        List.of(duties).subList(1, duties.length));
  }

  /**
   * The rule for a service's matter at an address: a rule for a place named in the address wins
   * (the longest place name first), then the service's rule for anywhere.
   */
  public static Optional<Rule> route(List<Rule> rules, String serviceCode, String address) {
    String where = address == null ? "" : address;
    return rules.stream()
        .filter(r -> r.serviceCode().equals(serviceCode))
        .filter(r -> r.place().isEmpty() || where.contains(r.place()))
        .max(Comparator.comparingInt(r -> r.place().length()));
  }
}
