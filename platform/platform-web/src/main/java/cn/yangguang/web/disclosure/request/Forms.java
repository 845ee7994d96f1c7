package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.web.console.FieldMessage;
import cn.yangguang.web.http.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posted forms of the request pages: first values, blanks as absent, refusals per field. */
final class Forms {

  private Forms() {}

  /** Each field's first value; a blank value counts as absent. */
  static Map<String, String> values(MultivaluedMap<String, String> form) {
    Map<String, String> f = new HashMap<>();
    form.forEach((k, v) -> f.put(k, v.isEmpty() || v.get(0).isBlank() ? null : v.get(0)));
    return f;
  }

  /**
   * The fields a refusal names, for the form shown again.
   *
   * @throws RuntimeException {@code e} itself when it is not a refusal of the input
   */
  static Map<String, FieldMessage> errors(RuntimeException e) {
    Map<String, FieldMessage> errors = new LinkedHashMap<>();
    if (e instanceof RequestRejected r) {
      errors.put(r.field(), new FieldMessage("request.error." + r.field(), r.getMessage()));
    } else if (e instanceof ProblemException p) {
      p.errors()
          .forEach(
              x ->
                  errors.putIfAbsent(
                      x.field(), new FieldMessage("request.error." + x.field(), x.message())));
    } else {
      throw e;
    }
    return errors;
  }
}
