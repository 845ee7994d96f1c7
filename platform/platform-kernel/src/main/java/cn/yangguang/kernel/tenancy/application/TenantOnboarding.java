package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.tenancy.domain.Tenant;
import cn.yangguang.kernel.tenancy.domain.TenantFacts;
import cn.yangguang.kernel.tenancy.domain.TenantRepository;
import cn.yangguang.kernel.tenancy.domain.TenantStructureRepository;
import cn.yangguang.kernel.tenancy.manifest.ManifestJson;
import cn.yangguang.kernel.tenancy.manifest.ManifestParser;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Onboards, updates, suspends and resumes tenants from their manifest.
 *
 * <p>All of one manifest is applied in one tenant transaction (registry row, structure, audit), or
 * none of it: a manifest that fails validation or conflicts with the registry changes nothing. The
 * {@link OnboardingParticipant}s prepare before it (Keycloak: when it is down nothing is applied)
 * and complete after it, on every apply, so a retry finishes an interrupted onboarding.
 */
@ApplicationScoped
public class TenantOnboarding {

  private final ManifestParser parser = new ManifestParser();

  @Inject TenantTransactions transactions;
  @Inject TenantRepository tenants;
  @Inject TenantStructureRepository structures;
  @Inject TenantDirectory directory;
  @Inject TenantStructureService structureService;
  @Inject OperatorAudit audit;
  @Inject cn.yangguang.kernel.outbox.Outbox outbox;
  @Inject PlatformClock clock;
  @Inject jakarta.enterprise.inject.Instance<OnboardingParticipant> participants;

  /**
   * Creates or updates the tenant the document describes.
   *
   * @param document the manifest (YAML or JSON)
   * @param actor who asked, for the audit
   * @param expectedSlug when not null, the slug the caller addressed (an update by URL); the
   *     document must describe that tenant
   * @throws cn.yangguang.kernel.tenancy.manifest.ManifestValidationException listing every problem
   * @throws OnboardingConflictException when the document contradicts the registry
   */
  public OnboardingResult apply(String document, String actor, String expectedSlug) {
    TenantManifest manifest = parser.parse(document);
    if (expectedSlug != null && !expectedSlug.equals(manifest.slug())) {
      throw new OnboardingConflictException(
          "slug",
          "the document describes \"" + manifest.slug() + "\", not \"" + expectedSlug + "\"");
    }
    String sha = sha256(document);
    java.util.Map<String, String> details = new java.util.TreeMap<>();
    for (OnboardingParticipant p : participants) {
      details.putAll(p.prepare(manifest));
    }
    TenantRef ref = new TenantRef(manifest.id(), manifest.slug(), manifest.province().code());
    OnboardingResult result =
        transactions.call(
            ref,
            () -> {
              Optional<Tenant> byId = tenants.findById(manifest.id());
              Optional<Tenant> bySlug = tenants.findBySlug(manifest.slug());
              if (bySlug.isPresent() && !bySlug.get().id().equals(manifest.id())) {
                throw new OnboardingConflictException(
                    "slug", "slug \"" + manifest.slug() + "\" belongs to another tenant");
              }
              if (byId.isPresent() && !byId.get().slug().equals(manifest.slug())) {
                throw new OnboardingConflictException(
                    "slug",
                    "tenant "
                        + manifest.id()
                        + " is \""
                        + byId.get().slug()
                        + "\": a slug never changes");
              }
              if (byId.isPresent()
                  && !byId.get().facts().provinceCode().equals(manifest.province().code())) {
                throw new OnboardingConflictException(
                    "province.code", "a tenant cannot move to another province");
              }
              if (byId.isPresent() && sha.equals(byId.get().manifestSha256())) {
                return new OnboardingResult(
                    manifest.id(),
                    manifest.slug(),
                    OnboardingResult.Outcome.UNCHANGED,
                    byId.get().version());
              }
              Instant now = clock.now();
              Tenant tenant = byId.orElseGet(() -> new Tenant(manifest.id(), manifest.slug(), now));
              tenant.describe(facts(manifest), ManifestJson.toJson(manifest), sha, now);
              if (byId.isEmpty()) {
                tenants.add(tenant);
              }
              structures.synchronize(tenant.id(), manifest);
              OnboardingResult.Outcome outcome =
                  byId.isEmpty()
                      ? OnboardingResult.Outcome.CREATED
                      : OnboardingResult.Outcome.UPDATED;
              audit.record(
                  actor,
                  byId.isEmpty() ? "tenant.onboard" : "tenant.update",
                  tenant.id(),
                  manifest.slug(),
                  Json.createObjectBuilder()
                      .add("version", tenant.version())
                      .add("manifestSha256", sha)
                      .build()
                      .toString());
              outbox.publish(
                  ref, TenantCacheInvalidation.TENANT_CHANGED, "tenant", tenant.slug(), "{}");
              return new OnboardingResult(tenant.id(), tenant.slug(), outcome, tenant.version());
            });
    if (result.outcome() != OnboardingResult.Outcome.UNCHANGED) {
      directory.invalidate();
      structureService.invalidate(result.tenantId());
    }
    for (OnboardingParticipant p : participants) {
      details.putAll(p.complete(ref, manifest, actor));
    }
    return result.withDetails(details);
  }

  /** Suspends a tenant: its routes answer 403 until resumed. */
  public void suspend(String slug, String actor) {
    changeStatus(slug, actor, true);
  }

  /** Resumes a suspended tenant. */
  public void resume(String slug, String actor) {
    changeStatus(slug, actor, false);
  }

  private void changeStatus(String slug, String actor, boolean suspend) {
    Tenant known = tenants.findBySlug(slug).orElseThrow(() -> new TenantNotFoundException(slug));
    transactions.run(
        known.ref(),
        () -> {
          Tenant t =
              tenants.findById(known.id()).orElseThrow(() -> new TenantNotFoundException(slug));
          if (suspend) {
            t.suspend(clock.now());
          } else {
            t.resume(clock.now());
          }
          audit.record(actor, suspend ? "tenant.suspend" : "tenant.resume", t.id(), slug, "{}");
          outbox.publish(known.ref(), TenantCacheInvalidation.TENANT_CHANGED, "tenant", slug, "{}");
        });
    directory.invalidate();
  }

  private static TenantFacts facts(TenantManifest m) {
    return new TenantFacts(
        m.nameZh(),
        m.nameEn(),
        m.division().code(),
        m.province().code(),
        m.province().name(),
        m.prefecture() == null ? null : m.prefecture().code(),
        m.prefecture() == null ? null : m.prefecture().name(),
        m.timeZone());
  }

  static String sha256(String document) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
