/**
 * The disclosure services: {@link cn.yangguang.disclosure.application.DocumentService} (writing,
 * the lifecycle through confidentiality review, attachments, funds tables, each change audited and
 * announced on the outbox in the county's transaction), {@link
 * cn.yangguang.disclosure.application.DisclosureQueries} (what the portal and console read, search
 * hits re-read under row-level security), {@link
 * cn.yangguang.disclosure.application.DisclosureBootstrap} (the counties' column files and index
 * rules at start, then the search index) and the {@link
 * cn.yangguang.disclosure.application.DocumentSearch} port.
 */
package cn.yangguang.disclosure.application;
