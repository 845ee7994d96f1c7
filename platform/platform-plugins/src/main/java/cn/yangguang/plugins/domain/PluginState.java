package cn.yangguang.plugins.domain;

/** Where an installed plugin stands on this node. */
public enum PluginState {
  /** Loaded and started: its extensions serve the counties that enabled it. */
  STARTED,
  /** Threw while starting (or its declarations were invalid): isolated, its routes answer 404. */
  FAILED,
  /** Not started because it needs an API this platform does not provide. */
  REFUSED
}
