package cn.yangguang.web.disclosure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.application.FundsFiles;
import cn.yangguang.disclosure.domain.FundsRepository;
import cn.yangguang.disclosure.domain.FundsTable;
import cn.yangguang.web.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Answers for a published funds table: JSON, CSV or XLSX. */
@ApplicationScoped
public class FundsDownloads {

  @Inject DisclosureQueries queries;
  @Inject FundsFiles files;

  /** A funds table as JSON. */
  public record FundsView(UUID id, UUID document, FundsTable table) {}

  Response answer(TenantRef tenant, UUID id, String format) {
    FundsRepository.StoredFunds f =
        queries
            .publishedFunds(tenant, id)
            .orElseThrow(() -> ProblemException.notFound("funds table"));
    if (format == null || format.isBlank() || "json".equals(format)) {
      return Response.ok(
              new FundsView(f.id(), f.documentId(), f.table()), MediaType.APPLICATION_JSON)
          .build();
    }
    boolean xlsx = "xlsx".equals(format);
    if (!xlsx && !"csv".equals(format)) {
      throw ProblemException.badField("format", "json, csv or xlsx");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (xlsx) {
        files.writeXlsx(f.table(), out);
      } else {
        files.writeCsv(f.table(), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name =
        "funds-"
            + tenant.slug()
            + "-"
            + f.table().fiscalYear()
            + "-"
            + id
            + (xlsx ? ".xlsx" : ".csv");
    return Response.ok(
            out.toByteArray(), xlsx ? DisclosureResource.XLSX : "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
