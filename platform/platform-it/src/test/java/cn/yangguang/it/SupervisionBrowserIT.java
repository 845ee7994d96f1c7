package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Supervision in real Chromium: the supervisor's console with its violations and evidence, an order
 * issued through the form, the department admin's reply, the complaints and ratings page and the
 * monthly report; a resident's complaint and the public ratings; the Hubei admin's comparison and
 * read-only look into jianshi. Every page passes the axe-core check.
 */
@ExtendWith(TestStack.class)
@Order(98)
class SupervisionBrowserIT {

  ChromeDriver supervisor;
  ChromeDriver other;

  @BeforeEach
  void open() throws Exception {
    supervisor = Browser.open();
    other = Browser.open();
  }

  @AfterEach
  void close() {
    for (ChromeDriver b : new ChromeDriver[] {supervisor, other}) {
      if (b != null) {
        b.quit();
      }
    }
  }

  /** A new browser for the next person (Keycloak's session would sign the last one in again). */
  private void fresh() {
    other.quit();
    try {
      other = Browser.open();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void supervisorDepartmentResidentAndProvince() {
    String root = TestStack.get().baseUrl();
    String base = root + "/t/jianshi";
    Map<String, List<String>> violations = new LinkedHashMap<>();

    supervisor.get(base + "/console/supervision");
    Browser.signIn(supervisor, "jianshi.supervisor", "/console/supervision");
    violations.put("supervision console", Accessibility.seriousViolations(supervisor));
    assertThat(supervisor.findElements(By.cssSelector("table.sv-violations tbody tr")))
        .isNotEmpty();

    supervisor.findElement(By.id("o-subject")).sendKeys("浏览器测试督办");
    supervisor.findElement(By.id("o-detail")).sendKeys("请于期限内答复");
    WebElement form = supervisor.findElement(By.id("o-subject")).findElement(By.xpath(".."));
    form.findElement(By.cssSelector("button[type='submit']")).click();
    new WebDriverWait(supervisor, Duration.ofSeconds(10)).until(Browser.gone(form));
    assertThat(supervisor.findElement(By.cssSelector(".notice")).getText()).contains("督办单已下发");
    assertThat(supervisor.findElement(By.cssSelector("table.sv-orders")).getText())
        .contains("浏览器测试督办");

    supervisor.get(base + "/console/supervision/feedback");
    violations.put("complaints and ratings", Accessibility.seriousViolations(supervisor));
    supervisor.get(base + "/console/supervision/performance");
    violations.put("performance", Accessibility.seriousViolations(supervisor));
    assertThat(supervisor.findElements(By.cssSelector("figure.sv-chart svg"))).isNotEmpty();

    other.get(base + "/console/supervision/orders");
    Browser.signIn(other, "jianshi.deptadmin", "/console/supervision/orders");
    violations.put("orders (department)", Accessibility.seriousViolations(other));
    WebElement reply = other.findElement(By.cssSelector("form textarea[name='reply']"));
    reply.sendKeys("已按要求整改");
    WebElement replyForm = reply.findElement(By.xpath(".."));
    replyForm.findElement(By.cssSelector("button[type='submit']")).click();
    new WebDriverWait(other, Duration.ofSeconds(10)).until(Browser.gone(replyForm));
    assertThat(other.findElement(By.cssSelector(".notice")).getText()).contains("答复已提交");
    fresh();

    other.get(base + "/ratings");
    violations.put("public ratings", Accessibility.seriousViolations(other));
    other.get(base + "/complaints");
    Browser.signIn(other, "resident1", "/complaints");
    violations.put("complaint form", Accessibility.seriousViolations(other));
    other.findElement(By.id("cp-summary")).sendKeys("浏览器测试：窗口排队时间过长");
    WebElement complaint = other.findElement(By.id("cp-summary")).findElement(By.xpath(".."));
    complaint.findElement(By.cssSelector("button[type='submit']")).click();
    new WebDriverWait(other, Duration.ofSeconds(10)).until(Browser.gone(complaint));
    assertThat(other.findElement(By.cssSelector(".notice")).getText()).contains("投诉已受理");
    fresh();

    other.get(root + "/oversight/provinces/420000");
    Browser.signIn(other, "hubei.admin", "/oversight/provinces/420000");
    violations.put("province view", Accessibility.seriousViolations(other));
    assertThat(other.findElement(By.cssSelector("table.sv-counties")).getText())
        .contains("建始县")
        .doesNotContain("沈丘县");
    other.findElement(By.linkText("建始县")).click();
    new WebDriverWait(other, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/oversight/counties/jianshi"));
    violations.put("county read-only", Accessibility.seriousViolations(other));
    assertThat(other.findElements(By.cssSelector("main form"))).isEmpty();

    assertThat(violations.values().stream().flatMap(List::stream).toList())
        .as(Accessibility.describe(violations))
        .isEmpty();
  }
}
