package cn.yangguang.web.http;

import java.util.List;

/**
 * An RFC 9457 problem document, as every API error is answered.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what happened this time, for people
 * @param instance the request path
 * @param errors the input fields at fault (may be empty)
 * @param incident for 500s only: the id under which the server logged the failure
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String incident) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
