package cn.yangguang.casework.domain;

import java.time.Instant;

/**
 * A milestone of a case as the applicant and the public lookup see it: the status reached and when.
 *
 * @param kind a stable verb ({@code received}, {@code supplement-requested}, {@code accepted}, ...)
 * @param actor who acted, as shown to staff (the public sees only the kind and the time)
 * @param note a public note (a refusal's or supplement's reason), or null
 */
public record CaseEvent(
    int seq, Instant at, String kind, CaseStatus status, String actor, String note) {}
