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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Disclosure in real Chromium: jianshi's disclosure officer writes a document in the console and,
 * once the confidentiality reviewer has cleared it, publishes it; a resident finds it by a word of
 * its body and reads it. Every page on the way passes the axe-core check (no serious or critical
 * WCAG violation).
 */
@ExtendWith(TestStack.class)
@Order(98)
class DisclosureBrowserIT {

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
  void anOfficerPublishesAndAResidentFindsAndReads() throws Exception {
    String base = TestStack.get().baseUrl();
    Map<String, List<String>> violations = new LinkedHashMap<>();
    browser.get(base + "/t/jianshi/console/disclosure");
    signIn("jianshi.discloser");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/t/jianshi/console/disclosure"));
    violations.put("console", Accessibility.seriousViolations(browser));

    String title = "关于开展麋鹿栖息地巡护的通知";
    browser.findElement(By.id("doc-title")).sendKeys(title);
    new Select(browser.findElement(By.id("doc-column"))).selectByValue("government");
    new Select(browser.findElement(By.id("doc-agency")))
        .selectByValue(DisclosureFixtures.JIANSHI_AGENCY);
    browser.findElement(By.id("doc-issuingAgency")).sendKeys("建始县人民政府办公室");
    new Select(browser.findElement(By.id("doc-kind"))).selectByValue("OTHER");
    new Select(browser.findElement(By.id("doc-subject"))).selectByValue("AGRICULTURE");
    WebElement formed = browser.findElement(By.id("doc-formedOn"));
    browser.executeScript(
        "arguments[0].value = arguments[1]",
        formed,
        DisclosureFixtures.today(TestStack.http()).toString());
    browser.findElement(By.id("doc-body")).sendKeys("各乡镇组织巡护队，记录麋鹿活动轨迹。");
    browser.findElement(By.cssSelector("form[action$='/console/disclosure'] button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    WebElement submit = rowForm(title, "/submit");
    String id = submit.getAttribute("action").replaceAll(".*/disclosure/([^/]+)/submit$", "$1");
    submit.findElement(By.tagName("button")).click();
    // the page before the click already shows a notice: wait for the new page instead
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser.gone(submit));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));

    DisclosureFixtures.step(TestStack.http(), "jianshi", "secrecy", id, "approve");
    browser.navigate().refresh();
    WebElement publish = rowForm(title, "/publish");
    publish.findElement(By.tagName("button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser.gone(publish));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains(title);

    // a resident: the portal's search, then the document
    DisclosureIT.awaitSearch("jianshi", "麋鹿", List.of(id));
    browser.get(base + "/t/jianshi/disclosure");
    violations.put("disclosure home", Accessibility.seriousViolations(browser));
    WebElement box = browser.findElement(By.id("disclosure-q"));
    box.sendKeys("麋鹿");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main mark")));
    violations.put("search", Accessibility.seriousViolations(browser));
    browser.findElement(By.cssSelector("ol.results a[href$='" + id + "']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("麋鹿活动轨迹", "建始县人民政府办公室");
    violations.put("document", Accessibility.seriousViolations(browser));
    browser.get(base + "/t/jianshi/disclosure/columns/government");
    violations.put("column", Accessibility.seriousViolations(browser));
    Path shot = Path.of("target", "screenshots", "jianshi-disclosure-column.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }

  private WebElement rowForm(String title, String action) {
    WebElement row =
        browser.findElement(By.xpath("//tr[th[normalize-space(text())='" + title + "']]"));
    return row.findElement(By.cssSelector("form[action$='" + action + "']"));
  }

  private void signIn(String user) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(user);
    if (browser.findElements(By.id("password")).isEmpty()) {
      browser.findElement(By.id("kc-login")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }
    browser.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
    browser.findElement(By.id("kc-login")).click();
  }
}
