package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
 * Disclosure on request in real Chromium: a resident reads the guidance and asks online, follows
 * the request by number and query code; 民政局's officer finds it in the console with its clock and
 * answers it (partly); the annual report editor shows the tables, the check and the chart. Every
 * page passes the axe-core check (no serious or critical WCAG violation).
 */
@ExtendWith(TestStack.class)
@Order(99)
class DisclosureRequestBrowserIT {

  ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aResidentAsksOnlineAndTheOfficerAnswersWithTheReportBeside() throws Exception {
    String base = TestStack.get().baseUrl();
    Map<String, List<String>> violations = new LinkedHashMap<>();

    browser = Browser.open();
    browser.get(base + "/t/jianshi/disclosure/requests");
    violations.put("guidance", Accessibility.seriousViolations(browser));
    browser.findElement(By.cssSelector("main a[href^='/login']")).click();
    Browser.signIn(browser, "resident2", "/t/jianshi/disclosure/requests");
    new Select(browser.findElement(By.id("req-agencyCode"))).selectByValue("jsx-mzj");
    browser.findElement(By.id("req-applicant.name")).sendKeys("居民乙（演示）");
    browser
        .findElement(By.id("req-applicant.idNumber"))
        .sendKeys(DisclosureRequestClient.PERSON_ID);
    browser.findElement(By.id("req-applicant.phone")).sendKeys("13900000008");
    browser.findElement(By.id("req-description")).sendKeys("申请公开本县2026年临时救助对象人数（浏览器测试）");
    violations.put("form", Accessibility.seriousViolations(browser));
    WebElement form = browser.findElement(By.cssSelector("form[action$='/disclosure/requests']"));
    form.findElement(By.tagName("button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser.gone(form));
    List<WebElement> strong = browser.findElements(By.cssSelector(".notice strong"));
    assertThat(strong).hasSize(2);
    String number = strong.get(0).getText();
    String code = strong.get(1).getText();
    violations.put("received", Accessibility.seriousViolations(browser));

    browser.get(base + "/t/jianshi/disclosure/requests/status?number=" + number + "&code=" + code);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(number, "办理中");
    violations.put("status", Accessibility.seriousViolations(browser));
    browser.quit();

    browser = Browser.open();
    browser.get(base + "/t/jianshi/console/disclosure-requests");
    Browser.signIn(browser, "jianshi.mzdiscloser", "/t/jianshi/console/disclosure-requests");
    violations.put("console list", Accessibility.seriousViolations(browser));
    browser.findElement(By.linkText(number)).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("a-outcome")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("计时中");
    violations.put("console request", Accessibility.seriousViolations(browser));
    new Select(browser.findElement(By.id("a-outcome"))).selectByValue("PARTIAL");
    browser.findElement(By.id("a-reason")).sendKeys("部分信息涉及个人隐私");
    WebElement answer = browser.findElement(By.cssSelector("form[action$='/answer']"));
    answer.findElement(By.cssSelector("button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser.gone(answer));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("部分公开", "（二）部分公开");
    violations.put("answered", Accessibility.seriousViolations(browser));

    browser.get(base + "/t/jianshi/console/disclosure-reports?agency=jsx-mzj&year=2025");
    // all of the text: the wide Table 3 scrolls, and Selenium's getText() leaves out what is off
    // view
    String report = browser.findElement(By.tagName("main")).getAttribute("textContent");
    assertThat(report).contains("相符", "一、本年新收政府信息公开申请数量", "四、结转下年度继续办理");
    assertThat(browser.findElements(By.cssSelector("figure.bar-chart svg rect"))).hasSize(6);
    violations.put("report editor", Accessibility.seriousViolations(browser));
    Path shot = Path.of("target", "screenshots", "jianshi-disclosure-report-2025.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

    browser.get(base + "/t/jianshi/disclosure/reports");
    violations.put("portal reports", Accessibility.seriousViolations(browser));
    List<WebElement> published = browser.findElements(By.cssSelector("main ul a"));
    if (!published.isEmpty()) {
      published.get(0).click();
      violations.put("portal report", Accessibility.seriousViolations(browser));
    }
    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }
}
