package cn.yangguang.casework.application;

import java.util.Set;

/**
 * A county staff member acting on cases, as the web layer resolved her for this request.
 *
 * @param username her user name, written to the audit trail and the case's history
 * @param roles her role slugs in the county
 * @param posts the codes of the posts she fills (the steps she may act on)
 */
public record StaffActor(String username, Set<String> roles, Set<String> posts) {

  public StaffActor {
    roles = Set.copyOf(roles);
    posts = Set.copyOf(posts);
  }

  /** Whether she fills the post. */
  public boolean holds(String post) {
    return posts.contains(post);
  }
}
