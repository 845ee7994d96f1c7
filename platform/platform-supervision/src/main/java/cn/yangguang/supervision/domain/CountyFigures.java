package cn.yangguang.supervision.domain;

/**
 * A county's supervision figures at one moment: what its console's dashboard shows and what
 * prefecture and province admins compare side by side.
 *
 * @param overdueCases cases with a running clock past its deadline
 * @param redCases cases whose most urgent running clock is red (about to be overdue)
 * @param yellowCases cases whose most urgent running clock is yellow
 * @param overdueOrders open supervision orders past their reply deadline
 * @param recentCards cards issued in the last 90 days
 * @param satisfaction the share of ratings of 4 or 5 (0-1), or null without ratings
 */
public record CountyFigures(
    int openCases,
    int overdueCases,
    int redCases,
    int yellowCases,
    int openViolations,
    int openOrders,
    int overdueOrders,
    int recentCards,
    int openComplaints,
    int ratings,
    Double averageRating,
    Double satisfaction) {}
