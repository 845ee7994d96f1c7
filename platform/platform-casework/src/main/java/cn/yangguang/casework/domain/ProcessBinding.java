package cn.yangguang.casework.domain;

import java.util.List;
import java.util.Objects;

/**
 * How one item's cases run: the template (or the county's own validated definition) and the posts
 * its steps are bound to. Post codes are the engine's candidate groups, and nothing else of a
 * person goes into the engine.
 *
 * @param itemKey the catalogue item's key
 * @param template the process
 * @param acceptPost who accepts (a window post, or a township centre's post for {@code REFERRAL})
 * @param reviewPost who reviews; null for {@code INSTANT}
 * @param approvePost who decides; null for {@code INSTANT}
 * @param branchPosts one review post per department of a {@code JOINT} case; empty otherwise
 * @param definitionKey the county's own definition for {@code CUSTOM}; null otherwise
 */
public record ProcessBinding(
    String itemKey,
    ProcessTemplate template,
    String acceptPost,
    String reviewPost,
    String approvePost,
    List<String> branchPosts,
    String definitionKey) {

  public ProcessBinding {
    Objects.requireNonNull(itemKey, "itemKey");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(acceptPost, "acceptPost");
    branchPosts = branchPosts == null ? List.of() : List.copyOf(branchPosts);
  }

  /**
   * The binding an item gets without one of its own: its case kind's template, bound to its
   * department's window, review and approval posts ({@code <dept>-clerk}, {@code -review}, {@code
   * -approve}).
   */
  public static ProcessBinding defaults(String itemKey, String caseKind, String departmentCode) {
    ProcessTemplate t = ProcessTemplate.forCaseKind(caseKind);
    String d = departmentCode == null ? "unknown" : departmentCode;
    return t == ProcessTemplate.INSTANT
        ? new ProcessBinding(itemKey, t, d + "-clerk", null, null, List.of(), null)
        : new ProcessBinding(
            itemKey, t, d + "-clerk", d + "-review", d + "-approve", List.of(), null);
  }

  /** Every post this binding names, for the check that they exist in the county. */
  public List<String> posts() {
    List<String> all = new java.util.ArrayList<>();
    all.add(acceptPost);
    if (reviewPost != null) {
      all.add(reviewPost);
    }
    if (approvePost != null) {
      all.add(approvePost);
    }
    all.addAll(branchPosts);
    return all;
  }

  /**
   * The engine variables that bind the template's steps to posts (codes only, no personal data).
   */
  public java.util.Map<String, Object> variables() {
    java.util.Map<String, Object> v = new java.util.HashMap<>();
    v.put("acceptPost", acceptPost);
    v.put("reviewPost", reviewPost == null ? acceptPost : reviewPost);
    v.put("approvePost", approvePost == null ? acceptPost : approvePost);
    v.put("branchPosts", new java.util.ArrayList<>(branchPosts));
    return v;
  }
}
