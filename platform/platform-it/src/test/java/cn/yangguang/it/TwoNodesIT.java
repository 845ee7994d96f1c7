package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.launcher.PayaraServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two platform nodes on one database, as in a cluster behind a load balancer: a second Payara Micro
 * started on the test stack's PostgreSQL, Keycloak and files. A document published through one node
 * is found by search on the other (each node's index follows the outbox), and its withdrawal
 * through the other node removes it from both.
 */
@ExtendWith(TestStack.class)
@Order(53)
class TwoNodesIT {

  private static PayaraServer second;
  private static Http one;
  private static Http two;

  @BeforeAll
  static void startSecondNode() {
    int port = freePort();
    Path root =
        Path.of(System.getProperty("yg.it.work.dir", "target/it-stack"))
            .toAbsolutePath()
            .resolve("node2-" + ProcessHandle.current().pid());
    second = TestStack.get().startNode(port, root);
    one = TestStack.http();
    two = new Http("http://localhost:" + port, TestStack.get().operatorToken());
    // Payara answers /health/ready before the application's start-up work is done: wait for a page
    long until = System.nanoTime() + 120_000_000_000L;
    while (two.get("/t/jianshi/disclosure").status() != 200 && System.nanoTime() < until) {
      pause();
    }
  }

  @AfterAll
  static void stopSecondNode() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void publishedOnOneNodeIsFoundOnTheOtherAndWithdrawalRemovesItFromBoth() {
    String id =
        DisclosureFixtures.published(
            one, "jianshi", DisclosureFixtures.JIANSHI_AGENCY, "关于候鸟迁徙季禁猎的通告", "候鸟迁徙期间禁止捕猎。鸬鹚");
    awaitSearch(two, "鸬鹚", List.of(id));
    awaitSearch(one, "鸬鹚", List.of(id));
    assertThat(two.get("/t/jianshi/disclosure/documents/" + id).status()).isEqualTo(200);

    DisclosureFixtures.step(two, "jianshi", "discloser", id, "withdraw");
    awaitSearch(one, "鸬鹚", List.of());
    awaitSearch(two, "鸬鹚", List.of());
    assertThat(one.get("/t/jianshi/disclosure/documents/" + id).status()).isEqualTo(404);
    assertThat(two.get("/t/jianshi/sitemap.xml").body()).doesNotContain(id);
  }

  private static void awaitSearch(Http node, String q, List<String> expected) {
    long until = System.nanoTime() + 30_000_000_000L;
    List<String> ids = ids(node, q);
    while (!ids.equals(expected) && System.nanoTime() < until) {
      pause();
      ids = ids(node, q);
    }
    assertThat(ids).as("search for " + q).isEqualTo(expected);
  }

  private static List<String> ids(Http node, String q) {
    Http.Reply r = node.get("/t/jianshi/api/v1/disclosure/search?q=" + DisclosureFixtures.enc(q));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return DisclosureIT.ids(r.json());
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
