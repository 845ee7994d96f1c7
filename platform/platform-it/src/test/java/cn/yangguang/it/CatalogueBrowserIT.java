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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalogue in real Chromium: the public service guides with an axe-core check (no serious or
 * critical WCAG violation), search from the guide page, and a county admin publishing a draft from
 * the console so that it appears on the portal.
 */
@ExtendWith(TestStack.class)
@Order(97)
class CatalogueBrowserIT {

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
  void theServiceGuidesAreAccessibleAndSearchable() throws Exception {
    String base = TestStack.get().baseUrl() + "/t/pingchang/services";
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String page : List.of("", "?by=theme", "?by=level", "/search?q=%E4%BD%8E%E4%BF%9D")) {
      browser.get(base + page);
      violations.put(page.isEmpty() ? "services" : page, Accessibility.seriousViolations(browser));
    }
    browser.get(base);
    WebElement first = browser.findElement(By.cssSelector("main a[href*='/services/5']"));
    String name = first.getText();
    first.click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
    violations.put("guide page", Accessibility.seriousViolations(browser));
    Path shot = Path.of("target", "screenshots", "pingchang-guide.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();

    browser.get(base);
    WebElement box = browser.findElement(By.cssSelector("input[name='q']"));
    box.sendKeys("低保");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main mark")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("最低生活保障");
  }

  @Test
  void anAdminPublishesADraftFromTheConsole() {
    String base = TestStack.get().baseUrl();
    signIn("/t/pingchang/console/catalogue?status=DRAFT", "pingchang.admin");
    assertThat(Accessibility.seriousViolations(browser)).isEmpty();

    WebElement form = browser.findElement(By.cssSelector("form[action$='/publish']"));
    String action = form.getAttribute("action");
    String key = action.replaceAll(".*/catalogue/([^/]+)/publish$", "$1");
    assertThat(TestStack.http().get("/t/pingchang/api/v1/items/" + key).status()).isEqualTo(404);
    form.findElement(By.tagName("button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    assertThat(TestStack.http().get("/t/pingchang/api/v1/items/" + key).status()).isEqualTo(200);
    browser.get(base + "/t/pingchang/services/" + key);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
  }

  @Test
  void theMasterDiffAndTheIndexPagesAreAccessibleAndTheRebuildShowsItsOutcome() {
    signIn("/t/jianshi/console/catalogue/master", "jianshi.admin");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("420000-SJ-9001");
    Map<String, List<String>> violations = new LinkedHashMap<>();
    violations.put("master diff", Accessibility.seriousViolations(browser));
    browser.get(TestStack.get().baseUrl() + "/t/jianshi/console/catalogue/index");
    violations.put("index", Accessibility.seriousViolations(browser));
    browser.findElement(By.cssSelector("form[action$='/index/rebuild'] button")).click();
    // the page refreshes itself while the rebuild runs, then shows the outcome
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main table"), "jianshi.admin"));
    assertThat(browser.getCurrentUrl()).endsWith("/t/jianshi/console/catalogue/index");
    violations.put("index after a rebuild", Accessibility.seriousViolations(browser));
    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }

  /** Opens a console address and signs in through Keycloak's form on the way. */
  private void signIn(String path, String username) {
    browser.get(TestStack.get().baseUrl() + path);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(username);
    if (browser.findElements(By.id("password")).isEmpty()) {
      browser.findElement(By.id("kc-login")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }
    browser.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
    browser.findElement(By.id("kc-login")).click();
    String target = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains(target));
  }
}
