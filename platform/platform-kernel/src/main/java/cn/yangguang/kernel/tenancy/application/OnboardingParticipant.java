package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest;
import java.util.Map;

/**
 * Work other contexts do when a county is onboarded or its manifest re-applied (e.g. identity
 * creates the county's Keycloak organization and initial admin). CDI beans implementing this are
 * called by {@link TenantOnboarding} on every apply, including an unchanged manifest, so that a
 * retry completes what a failure interrupted.
 *
 * <p>Contract: both methods are idempotent. {@link #prepare} runs BEFORE anything is written to the
 * registry and outside any transaction (it may call remote systems); when it throws, the onboarding
 * fails and nothing was applied. {@link #complete} runs after the registry transaction committed,
 * and must do its own writes in a tenant transaction; when it throws, the registry keeps the
 * manifest and a retry re-runs both steps. Called on the requesting thread; never concurrently for
 * one tenant from one node.
 */
public interface OnboardingParticipant {

  /**
   * External work that must exist before the tenant does.
   *
   * @return facts for the operator (e.g. a new initial admin's temporary password), never null
   */
  Map<String, String> prepare(TenantManifest manifest);

  /**
   * Platform work once the tenant exists.
   *
   * @return facts for the operator (e.g. the initial admin's user name), never null
   */
  Map<String, String> complete(TenantRef tenant, TenantManifest manifest, String actor);
}
