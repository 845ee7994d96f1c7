/**
 * The HTTP side of the platform: one JAX-RS application for the JSON API, the public portal and the
 * operator API; tenant resolution; the error contract (problem documents for the API, friendly
 * pages for people); server-rendered templates in zh-CN and English.
 */
package cn.yangguang.web;
