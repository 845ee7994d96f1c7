/**
 * The local-folder implementation of the file storage port: content-addressed files under a folder
 * that no web server serves, content type sniffed from the bytes (Apache Tika) and checked against
 * an allowed list, size limited while streaming.
 */
package cn.yangguang.kernel.storage;
