/**
 * The web side of electronic supervision: the county's JSON API and console pages for supervisors
 * (violations with evidence, rule settings, orders, cards, complaints, ratings, performance), the
 * department's replies, residents' complaints and ratings on the portal, and the oversight pages
 * and API through which prefecture and province admins compare their counties and look into one
 * read-only. Thin resources: checks and state live in {@code cn.yangguang.supervision}.
 */
package cn.yangguang.web.supervision;
