package cn.yangguang.kernel.tenancy.manifest;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.DepartmentSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.Division;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PastDivisionCode;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PluginSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PostSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.Region;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.ServicePointSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.TownshipSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.VillageSpec;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a tenant manifest (YAML, or JSON, which is YAML too) and checks it completely.
 *
 * <p>Stateless and thread-safe. Never returns a partly valid manifest: either every check passes or
 * a {@link ManifestValidationException} lists every problem with its path.
 */
public final class ManifestParser {

  static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");
  static final Pattern TOWNSHIP_DIVISION_CODE = Pattern.compile("\\d{9}|\\d{12}");
  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
  static final Pattern POST_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
  static final Pattern UUID_FORMAT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static final Pattern CREDIT_CODE =
      Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
  static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  static final Set<String> DEPARTMENT_KINDS =
      Set.of("GOVERNMENT_OFFICE", "BUREAU", "COMMISSION", "CENTRE", "SUPERVISION", "OTHER");
  static final Set<String> TOWNSHIP_KINDS =
      Set.of("TOWN", "TOWNSHIP", "ETHNIC_TOWNSHIP", "SUBDISTRICT");
  static final Set<String> VILLAGE_KINDS = Set.of("VILLAGE", "COMMUNITY");
  static final Set<String> LEVELS = Set.of("COUNTY", "TOWNSHIP", "VILLAGE");

  /** Largest manifest accepted, in characters: a county with every village is far below this. */
  public static final int MAX_LENGTH = 2_000_000;

  /**
   * Parses and validates.
   *
   * @param document the manifest text
   * @return the manifest, valid in every respect this parser knows
   * @throws ManifestValidationException listing every problem
   */
  public TenantManifest parse(String document) {
    List<ManifestProblem> problems = new ArrayList<>();
    if (document == null || document.isBlank()) {
      throw new ManifestValidationException(
          List.of(new ManifestProblem("", "the document is empty")));
    }
    if (document.length() > MAX_LENGTH) {
      throw new ManifestValidationException(
          List.of(
              new ManifestProblem(
                  "", "the document is longer than " + MAX_LENGTH + " characters")));
    }
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(20);
      root = new Yaml(new SafeConstructor(options)).load(document);
    } catch (YAMLException e) {
      throw new ManifestValidationException(
          List.of(new ManifestProblem("", "not valid YAML: " + e.getMessage())));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new ManifestValidationException(
          List.of(new ManifestProblem("", "the document must be a mapping")));
    }
    YamlNode n = new YamlNode("", map, problems);
    TenantManifest manifest = read(n);
    n.rejectUnknownKeys();
    if (!problems.isEmpty()) {
      throw new ManifestValidationException(problems);
    }
    return manifest;
  }

  private TenantManifest read(YamlNode n) {
    String id = n.text("id", UUID_FORMAT, "a lower-case UUID");
    String slug = n.text("slug", SLUG, "a slug: a lower-case letter, then letters, digits or '-'");
    if (slug != null && !TenantRef.isValidSlug(slug)) {
      n.problem("slug", "is not a valid slug");
    }
    YamlNode names = n.child("names", true);
    String nameZh = names == null ? null : names.text("zh", null, null);
    String nameEn = names == null ? null : names.optionalText("en", null, null);
    if (names != null) {
      names.rejectUnknownKeys();
    }
    Division division = division(n.child("division", true));
    Region province = region(n.child("province", true));
    Region prefecture = region(n.child("prefecture", false));
    if (province != null && province.code() != null && !province.code().endsWith("0000")) {
      n.problem("province.code", "a province code ends in 0000");
    }
    if (division != null
        && province != null
        && division.code() != null
        && province.code() != null
        && !division.code().startsWith(province.code().substring(0, 2))) {
      n.problem("division.code", "is not inside province " + province.code());
    }
    if (division != null
        && prefecture != null
        && division.code() != null
        && prefecture.code() != null
        && !division.code().startsWith(prefecture.code().substring(0, 4))) {
      n.problem("division.code", "is not inside prefecture " + prefecture.code());
    }
    String timeZone = n.optionalText("timeZone", null, null);
    if (timeZone == null) {
      timeZone = "Asia/Shanghai";
    } else {
      try {
        ZoneId.of(timeZone);
      } catch (DateTimeException e) {
        n.problem("timeZone", "is not a known time zone (was \"" + timeZone + "\")");
      }
    }
    Map<String, String> branding = branding(n.child("branding", false));
    List<DepartmentSpec> departments = n.list("departments", true, this::department);
    List<TownshipSpec> townships = n.list("townships", true, this::township);
    List<ServicePointSpec> points = n.list("servicePoints", false, this::servicePoint);
    List<PluginSpec> plugins = n.list("plugins", false, this::plugin);
    List<String> sources = n.texts("sources");
    List<String> hours = workingHours(n, n.texts("workingHours"));
    checkUnique(n, departments, townships, points, plugins);
    checkReferences(n, townships, points);
    return new TenantManifest(
        id == null ? null : UUID.fromString(id),
        slug,
        nameZh,
        nameEn,
        division,
        province,
        prefecture,
        timeZone,
        branding,
        departments,
        townships,
        points,
        plugins,
        sources,
        hours);
  }

  static final Pattern HOURS =
      Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");

  /**
   * Office hours: periods HH:mm-HH:mm, each ending after it starts, in order and not overlapping.
   */
  private static List<String> workingHours(YamlNode n, List<String> periods) {
    String previousEnd = null;
    for (int i = 0; i < periods.size(); i++) {
      String p = periods.get(i).strip();
      String path = "workingHours[" + i + "]";
      if (!HOURS.matcher(p).matches()) {
        n.problem(path, "must be a period HH:mm-HH:mm (was \"" + p + "\")");
        continue;
      }
      String start = p.substring(0, 5);
      String end = p.substring(6);
      if (end.compareTo(start) <= 0) {
        n.problem(path, "must end after it starts");
      } else if (previousEnd != null && start.compareTo(previousEnd) < 0) {
        n.problem(path, "must start after the previous period ends");
      }
      previousEnd = end;
    }
    return periods.stream().map(String::strip).toList();
  }

  private Division division(YamlNode d) {
    if (d == null) {
      return null;
    }
    String code = d.text("code", DIVISION_CODE, "a 6-digit division code");
    List<PastDivisionCode> history =
        d.list(
            "history",
            false,
            h ->
                new PastDivisionCode(
                    h.text("code", DIVISION_CODE, "a 6-digit division code"),
                    h.text("name", null, null),
                    h.optionalDate("validFrom"),
                    h.optionalDate("validTo")));
    d.rejectUnknownKeys();
    return new Division(code, history);
  }

  private Region region(YamlNode r) {
    if (r == null) {
      return null;
    }
    Region region =
        new Region(
            r.text("code", DIVISION_CODE, "a 6-digit division code"), r.text("name", null, null));
    r.rejectUnknownKeys();
    return region;
  }

  private Map<String, String> branding(YamlNode b) {
    Map<String, String> out = new LinkedHashMap<>();
    if (b == null) {
      return out;
    }
    String color = b.optionalText("primaryColor", COLOR, "a colour #rrggbb");
    String tagline = b.optionalText("tagline", null, null);
    if (color != null) {
      out.put("primaryColor", color);
    }
    if (tagline != null) {
      out.put("tagline", tagline);
    }
    b.rejectUnknownKeys();
    return out;
  }

  private DepartmentSpec department(YamlNode d) {
    return new DepartmentSpec(
        d.text("code", CODE, "a code of 2-40 lower-case letters, digits or '-'"),
        d.text("name", null, null),
        d.optionalText("nameEn", null, null),
        d.oneOf("kind", DEPARTMENT_KINDS, true),
        d.optionalText("creditCode", CREDIT_CODE, "an 18-character unified social credit code"),
        d.flag("synthetic", false),
        d.list(
            "posts",
            false,
            p ->
                new PostSpec(
                    p.text("code", POST_CODE, "a post code of lower-case letters, digits or '-'"),
                    p.text("name", null, null))));
  }

  private TownshipSpec township(YamlNode t) {
    return new TownshipSpec(
        t.text("code", CODE, "a code of 2-40 lower-case letters, digits or '-'"),
        t.text("name", null, null),
        t.optionalText("nameEn", null, null),
        t.oneOf("kind", TOWNSHIP_KINDS, true),
        t.optionalText("divisionCode", TOWNSHIP_DIVISION_CODE, "a 9- or 12-digit division code"),
        t.list(
            "villages",
            false,
            v ->
                new VillageSpec(
                    v.text("code", CODE, "a code of 2-40 lower-case letters, digits or '-'"),
                    v.text("name", null, null),
                    v.oneOf("kind", VILLAGE_KINDS, true),
                    v.flag("synthetic", false))));
  }

  private ServicePointSpec servicePoint(YamlNode p) {
    return new ServicePointSpec(
        p.text("code", CODE, "a code of 2-40 lower-case letters, digits or '-'"),
        p.text("name", null, null),
        p.oneOf("level", LEVELS, true),
        p.optionalText("township", null, null),
        p.optionalText("village", null, null),
        p.optionalText("address", null, null),
        p.optionalText("hours", null, null),
        p.optionalText("phone", null, null),
        p.flag("synthetic", false));
  }

  private PluginSpec plugin(YamlNode p) {
    return new PluginSpec(
        p.text("id", CODE, "a plugin id of lower-case letters, digits or '-'"),
        p.flag("enabled", true),
        p.rawMap("settings"));
  }

  private static void checkUnique(
      YamlNode n,
      List<DepartmentSpec> departments,
      List<TownshipSpec> townships,
      List<ServicePointSpec> points,
      List<PluginSpec> plugins) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < departments.size(); i++) {
      unique(n, seen, "department", departments.get(i).code(), "departments[" + i + "].code");
    }
    Set<String> posts = new HashSet<>();
    for (int i = 0; i < departments.size(); i++) {
      List<PostSpec> ps = departments.get(i).posts();
      for (int j = 0; j < ps.size(); j++) {
        unique(n, posts, "post", ps.get(j).code(), "departments[" + i + "].posts[" + j + "].code");
      }
    }
    Set<String> places = new HashSet<>();
    for (int i = 0; i < townships.size(); i++) {
      TownshipSpec t = townships.get(i);
      unique(n, places, "township or village", t.code(), "townships[" + i + "].code");
      for (int j = 0; j < t.villages().size(); j++) {
        unique(
            n,
            places,
            "township or village",
            t.villages().get(j).code(),
            "townships[" + i + "].villages[" + j + "].code");
      }
    }
    Set<String> pointCodes = new HashSet<>();
    for (int i = 0; i < points.size(); i++) {
      unique(n, pointCodes, "service point", points.get(i).code(), "servicePoints[" + i + "].code");
    }
    Set<String> pluginIds = new HashSet<>();
    for (int i = 0; i < plugins.size(); i++) {
      unique(n, pluginIds, "plugin", plugins.get(i).id(), "plugins[" + i + "].id");
    }
  }

  private static void unique(YamlNode n, Set<String> seen, String what, String code, String path) {
    if (code != null && !seen.add(code)) {
      n.problem(path, "duplicate " + what + " code \"" + code + "\"");
    }
  }

  private static void checkReferences(
      YamlNode n, List<TownshipSpec> townships, List<ServicePointSpec> points) {
    Map<String, Set<String>> villagesByTownship = new HashMap<>();
    for (TownshipSpec t : townships) {
      Set<String> villages = new HashSet<>();
      t.villages().forEach(v -> villages.add(v.code()));
      villagesByTownship.put(t.code(), villages);
    }
    for (int i = 0; i < points.size(); i++) {
      ServicePointSpec p = points.get(i);
      String path = "servicePoints[" + i + "]";
      if (p.level() == null) {
        continue;
      }
      boolean needsTownship = !p.level().equals("COUNTY");
      if (needsTownship && p.township() == null) {
        n.problem(path + ".township", "is required for a " + p.level() + " service point");
      } else if (p.township() != null && !villagesByTownship.containsKey(p.township())) {
        n.problem(path + ".township", "no township with code \"" + p.township() + "\"");
      }
      if (p.level().equals("VILLAGE")) {
        if (p.village() == null) {
          n.problem(path + ".village", "is required for a VILLAGE service point");
        } else if (p.township() != null
            && villagesByTownship.containsKey(p.township())
            && !villagesByTownship.get(p.township()).contains(p.village())) {
          n.problem(
              path + ".village",
              "no village \"" + p.village() + "\" in township \"" + p.township() + "\"");
        }
      } else if (p.village() != null) {
        n.problem(path + ".village", "only a VILLAGE service point names a village");
      }
    }
  }
}
