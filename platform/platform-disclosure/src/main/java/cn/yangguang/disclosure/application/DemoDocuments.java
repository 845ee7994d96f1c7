package cn.yangguang.disclosure.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.DocumentRepository;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.FundsTable;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A demo county's published documents from {@code tenants/<slug>/disclosure-documents.json}, so
 * that its portal is not empty: each one the county does not have yet (by title) is written,
 * cleared and published through {@link DocumentService}, with its funds tables, in the name of the
 * bootstrap (the audit trail says so). The files are synthetic and say so in each body.
 */
@ApplicationScoped
public class DemoDocuments {

  /** The roles the bootstrap acts in: both, as nobody reviews demo data. */
  static final Set<String> ROLES = Set.of(Step.SUBMIT.role(), Step.APPROVE.role());

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject DocumentService service;
  @Inject DocumentRepository documents;
  @Inject TenantTransactions transactions;

  /** A document of the file. */
  public record Demo(
      String column,
      String agency,
      String title,
      String body,
      String kind,
      String documentNumber,
      String issuingAgency,
      String subject,
      String formedOn,
      List<Funds> funds) {}

  /** A funds table of the file. */
  public record Funds(
      String kind, Integer fiscalYear, String title, String unit, List<Line> lines) {}

  /** A line of a funds table. */
  public record Line(String code, String parent, String name, BigDecimal amount) {}

  /**
   * Publishes the file's documents the county does not have yet.
   *
   * @return how many were published
   */
  public int apply(TenantRef tenant, Path file, String actor) throws IOException {
    Demo[] demos;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      demos = JSONB.fromJson(in, Demo[].class);
    }
    Set<String> existing =
        transactions.call(
            tenant,
            () ->
                documents.inStatus(EnumSet.allOf(DocumentStatus.class), Integer.MAX_VALUE).stream()
                    .map(d -> d.fields().title())
                    .collect(Collectors.toSet()));
    int n = 0;
    for (Demo d : demos) {
      if (existing.contains(d.title())) {
        continue;
      }
      transactions.run(tenant, () -> publish(tenant, d, actor));
      n++;
    }
    return n;
  }

  private void publish(TenantRef tenant, Demo d, String actor) {
    DocumentFields fields =
        new DocumentFields(
            d.column(),
            d.agency(),
            d.title(),
            d.body(),
            DocumentKind.valueOf(d.kind()),
            d.documentNumber(),
            d.issuingAgency(),
            d.subject(),
            LocalDate.parse(d.formedOn()));
    DisclosureDocument doc = service.create(tenant, fields, actor, ROLES);
    for (Funds f : d.funds() == null ? List.<Funds>of() : d.funds()) {
      FundsTable table =
          new FundsTable(
              FundsTable.Kind.valueOf(f.kind()),
              f.fiscalYear(),
              f.title(),
              FundsTable.Unit.valueOf(f.unit()),
              f.lines().stream()
                  .map(l -> new FundsTable.FundsLine(l.code(), l.parent(), l.name(), l.amount()))
                  .toList());
      service.addFunds(tenant, doc.id(), table, actor, ROLES);
    }
    for (Step s : List.of(Step.SUBMIT, Step.APPROVE, Step.PUBLISH)) {
      service.take(tenant, doc.id(), s, null, actor, ROLES);
    }
  }
}
