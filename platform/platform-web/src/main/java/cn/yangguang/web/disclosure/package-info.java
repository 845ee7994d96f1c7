/**
 * The disclosure context's HTTP face: the JSON API ({@code /t/{slug}/api/v1/disclosure}), the
 * public portal pages (column tree, catalogue per agency, document pages with funds tables, search,
 * sitemap and feeds) and the console pages of disclosure officers and confidentiality reviewers.
 * Resources are thin: they check the shape of the input and hand it to the disclosure services.
 */
package cn.yangguang.web.disclosure;
