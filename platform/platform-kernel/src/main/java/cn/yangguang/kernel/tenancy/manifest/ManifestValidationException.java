package cn.yangguang.kernel.tenancy.manifest;

import java.util.List;

/**
 * A manifest that cannot be applied; {@link #problems()} lists everything found, not just the
 * first.
 */
public class ManifestValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ManifestProblem> problems;

  /** Creates the exception with every problem found. */
  public ManifestValidationException(List<ManifestProblem> problems) {
    super("invalid tenant manifest: " + problems.size() + " problem(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<ManifestProblem> problems() {
    return problems;
  }
}
