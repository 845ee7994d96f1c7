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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hotline's pages in real Chromium: a resident submits through the portal's form and looks the
 * ticket up with its number and query code; the dispatcher signs in, finds it in the console's
 * queue, dispatches it with the page's form (which carries the session's anti-forgery token) and
 * opens the KPI chart. Every page passes axe-core (no serious or critical WCAG violation).
 */
@ExtendWith(TestStack.class)
@Order(99)
class HotlineBrowserIT {

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
  void aResidentSubmitsAndLooksUpAndTheDispatcherDispatchesFromTheConsole() throws Exception {
    String base = TestStack.get().baseUrl();
    String plugin = base + "/t/jianshi/plugins/hotline-12345/";
    Map<String, List<String>> violations = new LinkedHashMap<>();

    browser.get(plugin);
    violations.put("portal", Accessibility.seriousViolations(browser));
    new Select(browser.findElement(By.id("f-type"))).selectByValue("COMPLAINT");
    new Select(browser.findElement(By.id("f-serviceCode"))).selectByValue("sanitation");
    browser.findElement(By.id("f-description")).sendKeys("广润小区门口垃圾三天没人清运");
    browser.findElement(By.id("f-phone")).sendKeys("13600003333");
    browser.findElement(By.id("f-address")).sendKeys("建始县业州镇广润小区");
    browser.findElement(By.cssSelector("form[action$='submit'] button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("number")));
    violations.put("receipt", Accessibility.seriousViolations(browser));
    String number = browser.findElement(By.id("number")).getText();
    String code = browser.findElement(By.id("code")).getText();
    assertThat(number).matches("\\d{12}");

    browser.findElement(By.id("f-number")).sendKeys(number);
    browser.findElement(By.id("f-code")).sendKeys(code);
    browser.findElement(By.cssSelector("form[action$='lookup'] button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已受理");
    violations.put("lookup", Accessibility.seriousViolations(browser));
    browser.get(plugin + "mailbox");
    violations.put("mailbox", Accessibility.seriousViolations(browser));

    browser.get(base + "/t/jianshi/console");
    Browser.signIn(browser, "jianshi.dispatcher", "/t/jianshi/console");
    browser.get(plugin + "console");
    violations.put("console", Accessibility.seriousViolations(browser));
    browser.findElement(By.linkText(number)).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/console/tickets/" + number));
    violations.put("ticket", Accessibility.seriousViolations(browser));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("136****3333");
    new Select(browser.findElement(By.id("dispatch-f-leadUnit"))).selectByValue("jsx-zjj");
    browser.findElement(By.cssSelector("form[action$='/dispatch'] button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已派单"));
    violations.put("ticket, dispatched", Accessibility.seriousViolations(browser));
    assertThat(
            TestStack.http()
                .as("jianshi.dispatcher")
                .get("/t/jianshi/plugins/hotline-12345/api/tickets/" + number)
                .json()
                .getString("leadUnit"))
        .isEqualTo("jsx-zjj");

    browser.get(plugin + "console/kpis");
    assertThat(browser.findElements(By.cssSelector("svg[role='img']"))).hasSize(1);
    violations.put("kpis", Accessibility.seriousViolations(browser));
    Path shot = Path.of("target", "screenshots", "jianshi-hotline-kpis.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }
}
