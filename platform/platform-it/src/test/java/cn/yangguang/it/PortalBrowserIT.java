package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The county portal in a real browser: language, keyboard access, table semantics, the 404 page.
 */
@ExtendWith(TestStack.class)
@Order(95)
class PortalBrowserIT {

  static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    browser = Browser.open();
  }

  @org.junit.jupiter.api.BeforeEach
  void forgetTheLanguageChoice() {
    browser.get(TestStack.get().baseUrl() + "/static/portal.css");
    browser.manage().deleteAllCookies();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theCountyPageReadsInChineseAndSwitchesToEnglish() throws Exception {
    browser.get(TestStack.get().baseUrl() + "/t/jianshi/");
    assertThat(browser.getTitle()).contains("建始县");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("建始县");
    Path shot = Path.of("target", "screenshots", "jianshi-zh.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

    browser.findElement(By.cssSelector("a[hreflang='en']")).click();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jianshi County");
    assertThat(browser.findElement(By.cssSelector("a[hreflang='en']")).getAttribute("aria-current"))
        .isEqualTo("true");
  }

  @Test
  void theFirstTabReachesTheSkipLinkWhichLeadsToTheMainContent() {
    browser.get(TestStack.get().baseUrl() + "/t/kaizhou/");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip");
    assertThat(focused.getAttribute("href")).endsWith("#main");
    assertThat(focused.isDisplayed()).isTrue();
    assertThat(browser.findElements(By.id("main"))).hasSize(1);
  }

  @Test
  void everyTableHasACaptionAndScopedHeaders() {
    browser.get(TestStack.get().baseUrl() + "/t/shenqiu/");
    List<WebElement> tables = browser.findElements(By.tagName("table"));
    assertThat(tables).hasSize(3);
    for (WebElement table : tables) {
      assertThat(table.findElements(By.tagName("caption"))).hasSize(1);
      assertThat(table.findElements(By.cssSelector("thead th")))
          .allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
    }
    assertThat(browser.findElements(By.cssSelector("tbody tr")).size()).isGreaterThan(20);
  }

  @Test
  void anUnknownCountyShowsAFriendlyPage() {
    browser.get(TestStack.get().baseUrl() + "/t/nowhere/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("出错了");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("尚未接入")
        .doesNotContain("Exception");
  }
}
