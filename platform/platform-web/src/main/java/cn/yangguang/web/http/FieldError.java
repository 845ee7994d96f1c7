package cn.yangguang.web.http;

/**
 * One input field at fault.
 *
 * @param field the field's path in the request (a JSON path, a query parameter, a manifest path)
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {}
