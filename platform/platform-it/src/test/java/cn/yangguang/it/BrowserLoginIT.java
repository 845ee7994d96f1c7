package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser sign-in end to end: the console sends an anonymous browser to Keycloak's login page,
 * the code flow (PKCE) brings it back signed in with a server-side session, state-changing requests
 * without the session's CSRF token are refused, and signing out ends both sessions.
 */
@ExtendWith(TestStack.class)
@Order(96)
class BrowserLoginIT {

  ChromeDriver browser;

  // a fresh browser per test: cookies of localhost are shared across ports and paths, so no
  // sign-in of one test (ours or Keycloak's) can leak into the next
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
  void aClerkSignsInWorksAndSignsOut() throws Exception {
    String base = TestStack.get().baseUrl();
    browser.get(base + "/t/jianshi/console");
    signIn("jianshi.clerk");
    wait(ExpectedConditions.urlToBe(base + "/t/jianshi/console"));
    assertThat(browser.getPageSource()).contains("张伟");

    Cookie session = browser.manage().getCookieNamed("yg_session");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    assertThat(rowsWithHash(sha256(session.getValue()))).isEqualTo(1);
    assertThat(rowsWithHash(session.getValue())).as("only the hash is stored").isZero();

    // the session serves any client that presents the cookie (it lives in PostgreSQL) ...
    Http withCookie = TestStack.http().header("Cookie", "yg_session=" + session.getValue());
    Http.Reply me = withCookie.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo("jianshi.clerk");
    // ... but a state-changing request riding on it needs the session's CSRF token
    assertThat(withCookie.post("/logout", "application/x-www-form-urlencoded", "").status())
        .isEqualTo(403);
    assertThat(
            withCookie
                .post("/logout", "application/x-www-form-urlencoded", "_csrf=not-the-token")
                .status())
        .isEqualTo(403);
    assertThat(rowsWithHash(sha256(session.getValue()))).isEqualTo(1);

    browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    wait(ExpectedConditions.urlToBe(base + "/"));
    assertThat(rowsWithHash(sha256(session.getValue()))).isZero();
    assertThat(withCookie.get("/api/v1/me").status()).isEqualTo(401);

    // Keycloak's session ended too: the console asks for the password again
    browser.get(base + "/t/jianshi/console");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl()).startsWith(TestStack.get().keycloakUrl());
  }

  @Test
  void aResidentSignedInIsNotStaff() {
    String base = TestStack.get().baseUrl();
    browser.get(base + "/t/shenqiu/console");
    signIn("resident1");
    wait(ExpectedConditions.urlToBe(base + "/t/shenqiu/console"));
    assertThat(browser.getPageSource()).contains("403");
  }

  private void signIn(String username) {
    wait(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl())
        .startsWith(TestStack.get().keycloakUrl() + "/realms/yangguang/")
        .contains("code_challenge_method=S256");
    // organizations on: Keycloak asks for the user name first, then the password
    browser.findElement(By.id("username")).sendKeys(username);
    if (browser.findElements(By.id("password")).isEmpty()) {
      browser.findElement(By.id("kc-login")).click();
      wait(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }
    browser.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
    browser.findElement(By.id("kc-login")).click();
  }

  private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }

  private static int rowsWithHash(String hash) throws Exception {
    try (Connection c = TestStack.get().appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM yg.web_session WHERE id_hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
  }
}
