package cn.yangguang.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Headless Chromium from the operating system (Debian's {@code chromium} and {@code
 * chromium-driver}), never a downloaded browser. Without Chromium the browser tests are skipped
 * with a message, unless {@code YG_BROWSER_REQUIRED=true} (set by {@code .ci/run}, which installs
 * it), when they fail instead.
 */
final class Browser {

  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("YG_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("YG_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private Browser() {}

  /** A fresh headless browser; the caller quits it. */
  static ChromeDriver open() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && Boolean.parseBoolean(System.getenv("YG_BROWSER_REQUIRED"))) {
      throw new IllegalStateException(
          "Chromium is required here: install chromium and chromium-driver");
    }
    Assumptions.assumeTrue(
        present,
        "Chromium not installed (apt-get install chromium chromium-driver): browser tests skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
        "--lang=zh-CN",
        "--window-size=1280,900");
    // the browser of a resident in China asks for Chinese
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /**
   * Signs {@code username} in on Keycloak's form (one page, or user name then password) once the
   * browser was sent there, and waits until it is back on a page whose address contains {@code
   * back}.
   */
  static void signIn(ChromeDriver browser, String username, String back) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.id("username")));
    browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
    if (browser.findElements(org.openqa.selenium.By.id("password")).isEmpty()) {
      browser.findElement(org.openqa.selenium.By.id("kc-login")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
          .until(
              org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                  org.openqa.selenium.By.id("password")));
    }
    browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
    browser.findElement(org.openqa.selenium.By.id("kc-login")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(back));
  }

  /**
   * The element's page is gone (a form was posted and the answer loaded). Unlike Selenium's {@code
   * stalenessOf}, any driver error about the element counts: while a page is replaced Chromium may
   * answer "node does not belong to the document" instead of a stale-element error.
   */
  static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (WebDriverException replaced) {
        return true;
      }
    };
  }
}
