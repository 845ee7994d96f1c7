package cn.yangguang.disclosure.application;

import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.disclosure.domain.Attachment;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentRepository;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.FundsRepository;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the portal and the console read. The public reads published documents only, whatever the
 * address asks for; search hits are re-read from the database in the county's transaction, so a
 * document withdrawn a moment ago never shows even if an index still has it.
 */
@ApplicationScoped
public class DisclosureQueries {

  /** The most documents a listing shows. */
  public static final int MAX_LISTING = 500;

  @Inject TenantTransactions transactions;
  @Inject DocumentRepository documents;
  @Inject FundsRepository funds;
  @Inject DocumentSearch search;
  @Inject CatalogueQueries items;
  @Inject ClockService clocks;
  @Inject FileStore files;

  /** A published document with its funds tables and, when repealed, the repealing document. */
  public record PublishedDocument(
      DisclosureDocument document,
      List<FundsRepository.StoredFunds> funds,
      Optional<DisclosureDocument> repealedBy) {}

  /**
   * A document on a console work list with its proactive-disclosure clock.
   *
   * @param level GREEN, YELLOW, RED or OVERDUE; null when the document has no clock
   * @param deadline the day it must be published by, or null
   * @param clockStatus RUNNING or COMPLETED ..., or null
   */
  public record WorkItem(
      DisclosureDocument document, String level, LocalDate deadline, String clockStatus) {}

  /** A document found by a search: as stored now, with the index's marks. */
  public record FoundDocument(DisclosureDocument document, String titleHtml, String snippetHtml) {}

  /** Documents and service items found together. */
  public record Results(List<FoundDocument> documents, List<CatalogueQueries.Found> items) {}

  /** A file to download. */
  public record Download(String name, String contentType, byte[] content) {}

  /** Published documents of a column and its sub-columns, newest first. */
  public List<DisclosureDocument> inColumn(TenantRef tenant, ColumnTree tree, String column) {
    Set<String> codes = new HashSet<>(tree.withDescendants(column));
    if (codes.isEmpty()) {
      return List.of();
    }
    return transactions.call(tenant, () -> documents.published(codes, null, MAX_LISTING));
  }

  /** Published documents of an agency (its disclosure catalogue), newest first. */
  public List<DisclosureDocument> ofAgency(TenantRef tenant, String agency) {
    return transactions.call(tenant, () -> documents.published(Set.of(), agency, MAX_LISTING));
  }

  /** Every published document, newest first (sitemap, index rebuild). */
  public List<DisclosureDocument> allPublished(TenantRef tenant) {
    return transactions.call(tenant, () -> documents.published(Set.of(), null, Integer.MAX_VALUE));
  }

  /** A published document; empty for one that is not (or no longer) public. */
  public Optional<PublishedDocument> published(TenantRef tenant, UUID id) {
    return transactions.call(
        tenant,
        () ->
            documents
                .find(id)
                .filter(DisclosureDocument::isPublic)
                .map(
                    d ->
                        new PublishedDocument(
                            d,
                            funds.ofDocument(id),
                            Optional.ofNullable(d.repealedBy())
                                .flatMap(documents::find)
                                .filter(DisclosureDocument::isPublic))));
  }

  /** A funds table whose document is published. */
  public Optional<FundsRepository.StoredFunds> publishedFunds(TenantRef tenant, UUID tableId) {
    return transactions.call(
        tenant,
        () ->
            funds
                .find(tableId)
                .filter(
                    f ->
                        documents
                            .find(f.documentId())
                            .map(DisclosureDocument::isPublic)
                            .orElse(false)));
  }

  /** An attachment of a published document. */
  public Optional<Download> publishedAttachment(TenantRef tenant, UUID documentId, UUID fileId) {
    return transactions.call(
        tenant,
        () -> {
          Optional<Attachment> a =
              documents
                  .find(documentId)
                  .filter(DisclosureDocument::isPublic)
                  .flatMap(
                      d ->
                          d.attachments().stream()
                              .filter(x -> x.fileId().equals(fileId))
                              .findFirst());
          if (a.isEmpty()) {
            return Optional.<Download>empty();
          }
          String type =
              files
                  .find(tenant, fileId)
                  .map(f -> f.contentType())
                  .orElse("application/octet-stream");
          try (InputStream in = files.open(tenant, fileId)) {
            return Optional.of(new Download(a.get().name(), type, in.readAllBytes()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Any document, for its officer and reviewer (the console). */
  public Optional<WorkItem> working(TenantRef tenant, UUID id) {
    return transactions.call(tenant, () -> documents.find(id).map(d -> withClock(tenant, d)));
  }

  /** Documents in these statuses with their clocks, oldest formation first. */
  public List<WorkItem> work(TenantRef tenant, Set<DocumentStatus> statuses) {
    return transactions.call(
        tenant,
        () -> {
          List<WorkItem> out = new ArrayList<>();
          for (DisclosureDocument d : documents.inStatus(statuses, MAX_LISTING)) {
            out.add(withClock(tenant, d));
          }
          return out;
        });
  }

  private WorkItem withClock(TenantRef tenant, DisclosureDocument d) {
    Optional<Clock> c = d.clockId() == null ? Optional.empty() : clocks.find(tenant, d.clockId());
    return new WorkItem(
        d,
        c.map(x -> x.level().name()).orElse(null),
        c.map(Clock::deadlineDate).orElse(null),
        c.map(x -> x.status().name()).orElse(null));
  }

  /**
   * Published documents matching the query, and, when the query has no document-only filter,
   * published service items too (the agency filter applies to both).
   */
  public Results search(TenantRef tenant, DocumentSearch.Query query, int limit) {
    List<DocumentSearch.Hit> hits = search.search(tenant, query, limit);
    List<FoundDocument> found =
        transactions.call(
            tenant,
            () -> {
              Map<UUID, DisclosureDocument> live = new HashMap<>();
              for (DisclosureDocument d :
                  documents.published(hits.stream().map(DocumentSearch.Hit::id).toList())) {
                live.put(d.id(), d);
              }
              List<FoundDocument> out = new ArrayList<>();
              for (DocumentSearch.Hit h : hits) {
                DisclosureDocument d = live.get(h.id());
                if (d != null) {
                  out.add(new FoundDocument(d, h.titleHtml(), h.snippetHtml()));
                }
              }
              return out;
            });
    boolean documentOnly =
        !query.columns().isEmpty() || query.year() != null || query.validity() != null;
    List<CatalogueQueries.Found> services =
        documentOnly
            ? List.of()
            : items.search(tenant, query.text(), limit).stream()
                .filter(
                    f ->
                        query.agency() == null
                            || query.agency().equals(f.item().fields().departmentCode()))
                .toList();
    return new Results(found, services);
  }
}
