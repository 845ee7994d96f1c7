/**
 * The disclosure domain: documents ({@link cn.yangguang.disclosure.domain.DisclosureDocument}) and
 * the steps of their lifecycle, each owned by one role ({@link
 * cn.yangguang.disclosure.domain.Step}); the index-number rule; columns under a province template
 * that a county customises ({@link cn.yangguang.disclosure.domain.ColumnTree}); funds tables and
 * the check that their totals add up ({@link cn.yangguang.disclosure.domain.FundsTable}); and the
 * repository ports. Pure Java: no container, database or HTTP types.
 */
package cn.yangguang.disclosure.domain;
