package cn.yangguang.disclosure.request.application;

import java.util.NoSuchElementException;

/** No request, consultation or report by that id or number for the caller (answered 404). */
public class RequestNotFoundException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  public RequestNotFoundException(String message) {
    super(message);
  }
}
