/**
 * The public portal's pages: the platform's home (the list of counties), each county's home page
 * with its structure, and the county's service guide (办事指南: the published catalogue grouped,
 * searched, and one item's guide). Disclosure and progress lookup join them as their contexts
 * arrive.
 */
package cn.yangguang.web.portal;
