/**
 * The request and its procedure ({@link cn.yangguang.disclosure.request.domain.DisclosureRequest}:
 * receipt by channel, supplement, consultations, extension, fees, answers), the one outcome list
 * mapped to articles and report rows, the fee bands, the annual report's tables and the repository
 * and source ports. Pure Java apart from the kernel's personal-data helpers and refusal type.
 */
package cn.yangguang.disclosure.request.domain;
