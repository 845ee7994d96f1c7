/**
 * Code lists: the enumerations of the national implementation-list standard and the like, as data.
 * A list has national entries, a province's entries and a county's own additions; a tenant reads
 * all that cover it. Shared entries are written only by {@link
 * cn.yangguang.kernel.system.SharedCodeListWriter}.
 */
package cn.yangguang.kernel.codelist;
