/**
 * Personal information protection (ADR 0011): recognising and masking resident ID numbers (居民身份证号,
 * GB 11643) and mobile phone numbers wherever they would be shown or logged. Masking is the
 * default; the contexts that store personal data add audited unmasking for the roles whose duty
 * needs the full value.
 */
package cn.yangguang.kernel.privacy;
