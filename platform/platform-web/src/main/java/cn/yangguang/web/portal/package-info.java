/**
 * The public portal's pages. For now the platform's home (the list of counties) and each county's
 * home page with its structure; the service catalogue, disclosure and progress lookup join them as
 * their contexts arrive.
 */
package cn.yangguang.web.portal;
