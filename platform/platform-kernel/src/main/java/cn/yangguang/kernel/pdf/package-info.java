/**
 * Printing documents as PDF with an embedded CJK font: one renderer and one vendored font for every
 * context (casework notices, disclosure replies and annual reports), ADR 0025.
 */
package cn.yangguang.kernel.pdf;
