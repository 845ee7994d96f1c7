package cn.yangguang.web.identity;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.OversightAccess;
import cn.yangguang.kernel.identity.application.StaffAccess;
import cn.yangguang.kernel.identity.domain.OversightGrant;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The counties a signed-in person reaches: those where she is staff, and those she oversees as a
 * province or prefecture admin or a platform operator. Shared by {@code /api/v1/me}, the oversight
 * listings and the console's county chooser so that all three answer alike. Access is read from the
 * platform tables on every call; thread-safe and stateless.
 */
@ApplicationScoped
public class CallerCounties {

  @Inject StaffAccess staff;
  @Inject OversightAccess oversight;
  @Inject TenantDirectory tenants;

  /**
   * A county she works in.
   *
   * @param name the Chinese name
   * @param nameEn the English name, or null
   * @param roles her role slugs there, sorted
   */
  public record County(String slug, String name, String nameEn, List<String> roles) {}

  /** A county in an oversight listing. */
  public record CountyRow(
      String slug,
      String name,
      String nameEn,
      String divisionCode,
      String prefectureCode,
      String prefectureName,
      String status) {}

  /**
   * The counties of one province or prefecture.
   *
   * @param level {@code PROVINCE} or {@code PREFECTURE}
   * @param name the division's Chinese name, or null when no county of it is registered
   */
  public record Counties(String level, String code, String name, List<CountyRow> tenants) {}

  /** The counties where she holds an active staff role, by slug. */
  public List<County> workplaces(Caller c) {
    List<County> counties = new ArrayList<>();
    for (String slug : c.organizations().stream().sorted().toList()) {
      tenants
          .bySlug(slug)
          .flatMap(
              t ->
                  staff
                      .standing(t.ref(), c)
                      .map(
                          m ->
                              new County(
                                  slug,
                                  t.facts().nameZh(),
                                  t.facts().nameEn(),
                                  m.roles().stream().sorted().toList())))
          .ifPresent(counties::add);
    }
    return counties;
  }

  /** The counties of a province (whoever asks: the caller checks the grant). */
  public Counties province(String code) {
    List<ResolvedTenant> list = select(t -> code.equals(t.facts().provinceCode()));
    String name = list.isEmpty() ? null : list.get(0).facts().provinceNameZh();
    return new Counties("PROVINCE", code, name, rows(list));
  }

  /** The counties of a prefecture (whoever asks: the caller checks the grant). */
  public Counties prefecture(String code) {
    List<ResolvedTenant> list = select(t -> code.equals(t.facts().prefectureCode()));
    String name = list.isEmpty() ? null : list.get(0).facts().prefectureNameZh();
    return new Counties("PREFECTURE", code, name, rows(list));
  }

  /**
   * Everything she oversees: every province for a platform operator; otherwise one listing per
   * grant, leaving out a prefecture whose province she oversees anyway.
   */
  public List<Counties> overseen(Caller c) {
    if (oversight.isOperator(c)) {
      Map<String, Counties> byProvince = new LinkedHashMap<>();
      tenants.all().stream()
          .map(t -> t.facts().provinceCode())
          .sorted()
          .forEach(p -> byProvince.computeIfAbsent(p, this::province));
      return List.copyOf(byProvince.values());
    }
    List<OversightGrant> grants = oversight.grants(c);
    List<Counties> out = new ArrayList<>();
    for (OversightGrant g : grants) {
      if (g.level() == OversightGrant.Level.PROVINCE) {
        out.add(province(g.divisionCode()));
      } else if (grants.stream().noneMatch(p -> coversPrefecture(p, g.divisionCode()))) {
        out.add(prefecture(g.divisionCode()));
      }
    }
    return out;
  }

  /** Whether she is a platform operator. */
  public boolean isOperator(Caller c) {
    return oversight.isOperator(c);
  }

  private static boolean coversPrefecture(OversightGrant g, String prefectureCode) {
    return g.level() == OversightGrant.Level.PROVINCE
        && g.divisionCode().substring(0, 2).equals(prefectureCode.substring(0, 2));
  }

  private List<ResolvedTenant> select(Predicate<ResolvedTenant> filter) {
    return tenants.all().stream()
        .filter(filter)
        .sorted(Comparator.comparing(t -> t.facts().divisionCode()))
        .toList();
  }

  private static List<CountyRow> rows(List<ResolvedTenant> list) {
    return list.stream()
        .map(
            t ->
                new CountyRow(
                    t.ref().slug(),
                    t.facts().nameZh(),
                    t.facts().nameEn(),
                    t.facts().divisionCode(),
                    t.facts().prefectureCode(),
                    t.facts().prefectureNameZh(),
                    t.status().name()))
        .toList();
  }
}
