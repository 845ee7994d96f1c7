package cn.yangguang.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (vendored in the test resources, see axe/README.md) on the page a browser shows and
 * returns the WCAG 2.1 A/AA violations of impact serious or critical, one line each.
 */
final class Accessibility {

  private static final String AXE = load();

  private Accessibility() {}

  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(AXE);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For a failure message. */
  static String describe(Map<String, List<String>> byPage) {
    StringBuilder b = new StringBuilder();
    byPage.forEach(
        (page, v) -> b.append(page).append(":\n  ").append(String.join("\n  ", v)).append('\n'));
    return b.toString();
  }
}
