package cn.yangguang.kernel.tenancy.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a county is made of, as shown on its public page and used by the console: active departments
 * with their posts, townships with their villages, and service points. An immutable snapshot, safe
 * to cache per tenant.
 */
public record TenantStructure(
    List<DepartmentView> departments,
    List<TownshipView> townships,
    List<ServicePointView> servicePoints,
    List<DivisionCodeView> divisionCodes,
    List<PluginView> plugins) {

  /** A department. */
  public record DepartmentView(
      UUID id,
      String code,
      String nameZh,
      String nameEn,
      String kind,
      String creditCode,
      boolean synthetic,
      List<PostView> posts) {}

  /** A post of a department. */
  public record PostView(UUID id, String code, String nameZh) {}

  /** A township with its villages. */
  public record TownshipView(
      UUID id,
      String code,
      String nameZh,
      String nameEn,
      String kind,
      String divisionCode,
      List<VillageView> villages) {}

  /** A village or community. */
  public record VillageView(UUID id, String code, String nameZh, String kind, boolean synthetic) {}

  /** A service point. */
  public record ServicePointView(
      UUID id,
      String code,
      String nameZh,
      String level,
      String townshipCode,
      String villageCode,
      String address,
      String openingHours,
      String phone,
      boolean synthetic) {}

  /** A division code the county has or had. */
  public record DivisionCodeView(String code, String nameZh, String validFrom, String validTo) {}

  /** A plugin's enablement for this tenant. */
  public record PluginView(String pluginId, boolean enabled) {}

  /** Number of villages and communities in all townships. */
  public int villageCount() {
    return townships.stream().mapToInt(t -> t.villages().size()).sum();
  }
}
