package cn.yangguang.plugins.domain;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A plugin found in the plugins folder at start, with its state on this node. Thread-safe: the
 * request failure count and the last failure are updated from request threads.
 */
public final class InstalledPlugin {

  private final String id;
  private final String version;
  private final String provider;
  private final String requires;
  private volatile PluginState state;
  private volatile String reason;
  private final AtomicLong requestFailures = new AtomicLong();
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  /** A plugin that is about to start. */
  public InstalledPlugin(String id, String version, String provider, String requires) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = version == null ? "" : version;
    this.provider = provider == null ? "" : provider;
    this.requires = requires == null ? "" : requires;
    this.state = PluginState.STARTED;
    this.reason = "";
  }

  /** Marks the plugin as not started because of its API requirement. */
  public void refuse(String why) {
    state = PluginState.REFUSED;
    reason = why;
  }

  /** Marks the plugin as failed (isolated): it threw while starting. */
  public void fail(String why) {
    state = PluginState.FAILED;
    reason = why;
  }

  /**
   * Counts an unexpected exception thrown by the plugin while serving a request or running a job.
   */
  public void recordRequestFailure(String what) {
    requestFailures.incrementAndGet();
    lastFailure.set(what);
  }

  /** Whether the plugin serves requests. */
  public boolean started() {
    return state == PluginState.STARTED;
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String provider() {
    return provider;
  }

  /** The API version the manifest declares, as written. */
  public String requires() {
    return requires;
  }

  public PluginState state() {
    return state;
  }

  /** Why the plugin is failed or refused; empty when started. */
  public String reason() {
    return reason;
  }

  /** Unexpected exceptions thrown while serving requests (or running jobs) since start. */
  public long requestFailures() {
    return requestFailures.get();
  }

  /** The last such exception, for people; empty when none. */
  public String lastFailure() {
    String s = lastFailure.get();
    return s == null ? "" : s;
  }
}
