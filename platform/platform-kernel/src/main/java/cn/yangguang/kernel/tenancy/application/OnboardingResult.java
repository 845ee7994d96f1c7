package cn.yangguang.kernel.tenancy.application;

import java.util.UUID;

/**
 * What applying a manifest did.
 *
 * @param tenantId the tenant's id
 * @param slug the tenant's slug
 * @param outcome CREATED, UPDATED or UNCHANGED
 * @param version the registry version after the call
 */
public record OnboardingResult(UUID tenantId, String slug, Outcome outcome, int version) {

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
