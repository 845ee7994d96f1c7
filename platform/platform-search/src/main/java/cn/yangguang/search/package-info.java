/**
 * Full-text indexes kept in memory on each node, one per county and purpose: a single writer, and
 * near-real-time searchers refreshed when a search needs them. What goes into the documents, how
 * queries are built and how results are read stay with the context that owns the data (catalogue,
 * disclosure); this package only owns the index's lifecycle, so that every context makes the same
 * choices about memory, merging and visibility (ADR 0019, ADR 0055).
 */
package cn.yangguang.search;
