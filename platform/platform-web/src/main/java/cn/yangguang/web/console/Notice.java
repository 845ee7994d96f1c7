package cn.yangguang.web.console;

import java.util.Set;

/**
 * The confirmation a page shows after a redirect (post/redirect/get). Only known notices are shown,
 * and their argument is looked up from the data (a name), never copied from the address, so a link
 * cannot make the console display text of someone else's choosing.
 *
 * @param key the message key, {@code console.notice.<kind>}
 * @param arg the name of what changed
 */
public record Notice(String key, String arg) {

  /** Notices the staff pages know. */
  static final Set<String> STAFF = Set.of("added", "saved", "activated", "deactivated");

  /** Notices the structure page knows. */
  static final Set<String> STRUCTURE = Set.of("department", "post");

  /** The notice of that kind, or null when the kind is unknown or there is nothing to name. */
  static Notice of(String kind, Set<String> known, String arg) {
    if (kind == null || !known.contains(kind) || arg == null) {
      return null;
    }
    return new Notice("console.notice." + kind, arg);
  }
}
