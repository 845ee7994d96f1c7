package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's plugin page in real Chromium: a county admin enables the archetype's plugin from
 * the console, follows its console entry to the plugin's own page, and disables it again; the
 * console pages and the plugin's pages pass axe-core (no serious or critical WCAG violation).
 */
@ExtendWith(TestStack.class)
@Order(98)
class PluginBrowserIT {

  ChromeDriver browser;

  @BeforeEach
  void open() throws Exception {
    browser = Browser.open();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAdminEnablesAPluginFromTheConsoleAndUsesItsPage() throws Exception {
    String base = TestStack.get().baseUrl();
    TestStack.http()
        .asOperator()
        .send("DELETE", "/api/v1/platform/plugins/hello-county/tenants/shenqiu", null, null);
    browser.get(base + "/t/shenqiu/console/plugins");
    Browser.signIn(browser, "shenqiu.admin", "/t/shenqiu/console/plugins");
    Map<String, List<String>> violations = new LinkedHashMap<>();
    violations.put("console plugins", Accessibility.seriousViolations(browser));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("fixture-failing-start")
        .contains("启动失败，已隔离");

    browser
        .findElement(By.cssSelector("form[action$='/plugins/hello-county/enable'] button"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("hello-county");
    violations.put("console plugins, enabled", Accessibility.seriousViolations(browser));
    assertThat(TestStack.http().get("/t/shenqiu/plugins/hello-county").status()).isEqualTo(200);

    browser.findElement(By.linkText("问候管理")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/t/shenqiu/plugins/hello-county/console"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("问候管理");
    violations.put("plugin console page", Accessibility.seriousViolations(browser));
    browser.get(base + "/t/shenqiu/plugins/hello-county");
    violations.put("plugin page", Accessibility.seriousViolations(browser));

    browser.get(base + "/t/shenqiu/console/plugins");
    Path shot = Path.of("target", "screenshots", "shenqiu-console-plugins.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    browser
        .findElement(By.cssSelector("form[action$='/plugins/hello-county/disable'] button"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    assertThat(TestStack.http().get("/t/shenqiu/plugins/hello-county").status()).isEqualTo(404);
    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }
}
