package cn.yangguang.kernel.tenancy.manifest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A validated tenant manifest. {@code workingHours} are the county's office hours as {@code
 * HH:mm-HH:mm} periods in order (empty: the standard 08:30-12:00 and 14:30-17:30), used by
 * working-hour clocks. Instances only come from {@link ManifestParser}, so every invariant the
 * parser checks (codes unique, references resolved, formats) holds.
 */
public record TenantManifest(
    UUID id,
    String slug,
    String nameZh,
    String nameEn,
    Division division,
    Region province,
    Region prefecture,
    String timeZone,
    Map<String, String> branding,
    List<DepartmentSpec> departments,
    List<TownshipSpec> townships,
    List<ServicePointSpec> servicePoints,
    List<PluginSpec> plugins,
    List<String> sources,
    List<String> workingHours) {

  /** The current division code and the earlier ones. */
  public record Division(String code, List<PastDivisionCode> history) {}

  /** A division code the county had before. */
  public record PastDivisionCode(
      String code, String name, LocalDate validFrom, LocalDate validTo) {}

  /** A province or prefecture: division code and name. */
  public record Region(String code, String name) {}

  /** A department of the county government, with its posts. */
  public record DepartmentSpec(
      String code,
      String name,
      String nameEn,
      String kind,
      String creditCode,
      boolean synthetic,
      List<PostSpec> posts) {}

  /** A post (岗位) inside a department; the workflow binds steps to posts. */
  public record PostSpec(String code, String name) {}

  /** A township (镇, 乡, 民族乡 or 街道) with its villages and communities. */
  public record TownshipSpec(
      String code,
      String name,
      String nameEn,
      String kind,
      String divisionCode,
      List<VillageSpec> villages) {}

  /** A village (村) or community (社区). */
  public record VillageSpec(String code, String name, String kind, boolean synthetic) {}

  /** A place where people are served: the county centre, a township centre or a village station. */
  public record ServicePointSpec(
      String code,
      String name,
      String level,
      String township,
      String village,
      String address,
      String hours,
      String phone,
      boolean synthetic) {}

  /** A plugin enabled or disabled for this tenant, with its settings. */
  public record PluginSpec(String id, boolean enabled, Map<String, Object> settings) {}
}
