package cn.yangguang.disclosure.application;

import cn.yangguang.disclosure.domain.ColumnRepository;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At startup, applies each county's disclosure files from {@code <yg.tenants.dir>/<slug>/}, then
 * builds its search index from the database. Idempotent.
 *
 * <ul>
 *   <li>{@code disclosure-columns.csv}: the county's customisation of the template columns, one row
 *       per column ({@code code,parent,kind,name_zh,name_en,sort,hidden}); a template code renames,
 *       moves or hides that column, a new code adds one.
 *   <li>{@code disclosure.properties}: {@code index-rule=} the index-number rule.
 *   <li>{@code disclosure-documents.json}: demo documents, published when the county lacks them
 *       ({@link DemoDocuments}).
 * </ul>
 *
 * A file with a bad row is reported and skipped as a whole: a county never gets half its columns.
 */
@ApplicationScoped
public class DisclosureBootstrap {

  private static final Logger LOG = Logger.getLogger(DisclosureBootstrap.class.getName());
  static final String ACTOR = "system:disclosure-bootstrap";

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  @Inject TenantDirectory tenants;
  @Inject TenantTransactions transactions;
  @Inject ColumnRepository columns;
  @Inject DocumentService documents;
  @Inject DisclosureQueries queries;
  @Inject DocumentSearch search;
  @Inject DemoDocuments demos;

  /** Applies the files and builds every county's index. */
  public void loadAll() {
    for (ResolvedTenant t : tenants.all()) {
      tenantsDir
          .map(d -> Path.of(d, t.ref().slug()))
          .ifPresent(
              dir -> {
                apply(t, dir);
                demoDocuments(t, dir);
              });
      search.rebuild(t.ref(), queries.allPublished(t.ref()));
    }
  }

  private void apply(ResolvedTenant t, Path dir) {
    Path columnFile = dir.resolve("disclosure-columns.csv");
    if (Files.isRegularFile(columnFile)) {
      try (Reader in = Files.newBufferedReader(columnFile, StandardCharsets.UTF_8)) {
        List<DisclosureColumn> rows = readColumns(in);
        transactions.run(t.ref(), () -> rows.forEach(columns::saveCounty));
        LOG.info("disclosure columns of " + t.ref().slug() + ": " + rows.size() + " rows");
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "disclosure columns of " + t.ref().slug() + " not applied: " + e, e);
      }
    }
    Path settings = dir.resolve("disclosure.properties");
    if (Files.isRegularFile(settings)) {
      try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
        Properties p = new Properties();
        p.load(in);
        String rule = p.getProperty("index-rule");
        if (rule != null) {
          documents.setIndexRule(t.ref(), rule.strip(), ACTOR);
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "disclosure settings of " + t.ref().slug() + " not applied: " + e, e);
      }
    }
  }

  private void demoDocuments(ResolvedTenant t, Path dir) {
    Path file = dir.resolve("disclosure-documents.json");
    if (Files.isRegularFile(file)) {
      try {
        int n = demos.apply(t.ref(), file, ACTOR);
        LOG.info("disclosure demo documents of " + t.ref().slug() + ": " + n + " published");
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "disclosure demo documents of " + t.ref().slug() + ": " + e, e);
      }
    }
  }

  /**
   * Reads a column file.
   *
   * @throws IllegalArgumentException naming the line of the first bad row
   */
  static List<DisclosureColumn> readColumns(Reader in) throws IOException {
    List<DisclosureColumn> out = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    for (CSVRecord r : format.parse(in)) {
      try {
        String parent = r.get("parent");
        String nameEn = r.get("name_en");
        out.add(
            new DisclosureColumn(
                r.get("code"),
                parent.isEmpty() ? null : parent,
                DisclosureColumn.Kind.valueOf(r.get("kind")),
                r.get("name_zh"),
                nameEn.isEmpty() ? null : nameEn,
                Integer.parseInt(r.get("sort")),
                Boolean.parseBoolean(r.get("hidden")),
                true));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
