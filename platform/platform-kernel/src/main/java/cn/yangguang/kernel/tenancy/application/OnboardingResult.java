package cn.yangguang.kernel.tenancy.application;

import java.util.Map;
import java.util.UUID;

/**
 * What applying a manifest did.
 *
 * @param tenantId the tenant's id
 * @param slug the tenant's slug
 * @param outcome CREATED, UPDATED or UNCHANGED
 * @param version the registry version after the call
 * @param details what the {@link OnboardingParticipant}s report (e.g. the initial admin)
 */
public record OnboardingResult(
    UUID tenantId, String slug, Outcome outcome, int version, Map<String, String> details) {

  public OnboardingResult {
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  /** A result before the participants have reported. */
  public OnboardingResult(UUID tenantId, String slug, Outcome outcome, int version) {
    this(tenantId, slug, outcome, version, Map.of());
  }

  /** The same result with the participants' details. */
  public OnboardingResult withDetails(Map<String, String> more) {
    return new OnboardingResult(tenantId, slug, outcome, version, more);
  }

  /** Whether the registry changed. */
  public enum Outcome {
    /** A new tenant. */
    CREATED,
    /** An existing tenant took the new manifest. */
    UPDATED,
    /** The manifest was identical to the one applied last; nothing was written. */
    UNCHANGED
  }
}
