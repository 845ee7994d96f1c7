package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.util.Map;

/**
 * A county's settings for the plugin: the {@code settings} of the plugin's entry in the county
 * manifest's {@code plugins[]} (e.g. {@code {mode: HANDLING_UNIT, cityPlatform: 恩施州12345}}), as
 * last applied (at start, or by onboarding).
 *
 * <p><b>Lifecycle.</b> Read on every call, so a re-applied manifest counts at once on every node.
 * <b>Threading.</b> Thread-safe; runs in (or joins) the county's transaction. <b>Nulls.</b> Never
 * returns null: an empty map for a county whose manifest names no settings. Values are the
 * settings' text (numbers and booleans as written). <b>Errors.</b> {@link IllegalStateException}
 * inside another county's transaction.
 *
 * @since 1.1
 */
public interface PluginSettings {

  /** The county's settings, an unmodifiable map. */
  Map<String, String> of(TenantRef tenant);
}
