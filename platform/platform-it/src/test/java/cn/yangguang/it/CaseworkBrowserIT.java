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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Casework in real Chromium: a resident applies from an item's guide page with her materials, the
 * window clerk accepts and decides the on-the-spot case in the console, and anyone looks the case
 * up by its number and query code; every page passes the axe-core check (no serious or critical
 * WCAG violation).
 */
@ExtendWith(TestStack.class)
@Order(98)
class CaseworkBrowserIT {

  static final String INSTANT_ITEM = "422822-FGJ-0001"; // 企业投资项目备案, 即办件, jsx-fgj

  ChromeDriver resident;
  ChromeDriver clerk;

  @BeforeEach
  void open() throws Exception {
    resident = Browser.open();
    clerk = Browser.open();
  }

  @AfterEach
  void close() {
    for (ChromeDriver b : new ChromeDriver[] {resident, clerk}) {
      if (b != null) {
        b.quit();
      }
    }
  }

  /**
   * Posts the case page's form of {@code action} and waits for the page that answers it (the page
   * before may already show a notice, so waiting for one alone is not enough).
   */
  private static void submitAndWait(ChromeDriver browser, String action) {
    WebElement form =
        browser
            .findElement(By.cssSelector("form input[name='action'][value='" + action + "']"))
            .findElement(By.xpath(".."));
    form.findElement(By.cssSelector("button[type='submit'], button:not([type])")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(Browser.gone(form));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
  }

  @Test
  void applyAcceptDecideAndLookUp() throws Exception {
    String base = TestStack.get().baseUrl() + "/t/jianshi";
    Map<String, List<String>> violations = new LinkedHashMap<>();

    resident.get(base + "/services/" + INSTANT_ITEM);
    resident.findElement(By.cssSelector("a.apply-online")).click();
    Browser.signIn(resident, "resident2", "/cases/apply/");
    violations.put("apply form", Accessibility.seriousViolations(resident));
    resident.findElement(By.id("name")).sendKeys("李四海");
    resident.findElement(By.id("idNumber")).sendKeys(CaseworkClient.ID_NUMBER);
    resident.findElement(By.id("phone")).sendKeys("13800005678");
    Path pdf = Files.createTempFile("material", ".pdf");
    Files.write(pdf, FileStorageIT.PDF);
    for (WebElement input : resident.findElements(By.cssSelector("input[type='file'][required]"))) {
      input.sendKeys(pdf.toAbsolutePath().toString());
    }
    resident.findElement(By.cssSelector("main form button[type='submit']")).click();
    new WebDriverWait(resident, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    String done = resident.findElement(By.tagName("main")).getText();
    String number = done.replaceAll("(?s).*?(422822-\\d{8}-\\d{6,}).*", "$1");
    String code = done.replaceAll("(?s).*?查询码：(\\d{6}).*", "$1");
    assertThat(number).matches("422822-\\d{8}-\\d{6,}");
    assertThat(code).matches("\\d{6}");

    clerk.get(base + "/console/cases");
    Browser.signIn(clerk, "jianshi.clerk", "/console/cases");
    violations.put("inbox", Accessibility.seriousViolations(clerk));
    clerk.findElement(By.linkText(number)).click();
    violations.put("case page", Accessibility.seriousViolations(clerk));
    assertThat(clerk.findElement(By.tagName("main")).getText())
        .contains("4228**********0024")
        .doesNotContain(CaseworkClient.ID_NUMBER);
    submitAndWait(clerk, "accept");
    submitAndWait(clerk, "complete");
    assertThat(clerk.findElement(By.cssSelector(".case-facts")).getText()).contains("已办结");

    ChromeDriver anyone = resident;
    anyone.get(base + "/cases/lookup");
    anyone.findElement(By.id("number")).sendKeys(number);
    anyone.findElement(By.id("code")).sendKeys(code);
    anyone.findElement(By.cssSelector("main form button")).click();
    new WebDriverWait(anyone, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
    String progress = anyone.findElement(By.tagName("main")).getText();
    assertThat(progress).contains("收件", "受理", "已办结", "李**");
    violations.put("lookup", Accessibility.seriousViolations(anyone));

    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }
}
