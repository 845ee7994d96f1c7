package cn.yangguang.it;

import cn.yangguang.launcher.LocalStack;
import cn.yangguang.launcher.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stack shared by every integration test of a run (Keycloak included): started on first use on
 * free ports in {@code target/it-stack}, stopped when the run ends. Tests must not depend on each
 * other's data: each makes its own tenants or uses the demo counties read-only.
 */
public final class TestStack implements BeforeAllCallback {

  private static LocalStack stack;
  private static StackConfig config;

  @Override
  public void beforeAll(ExtensionContext context) {
    get();
  }

  /** The running stack, started on first call. */
  public static synchronized LocalStack get() {
    if (stack == null) {
      StackConfig base = StackConfig.fromEnvironment();
      Path dir = Path.of(System.getProperty("yg.it.work.dir", "target/it-stack")).toAbsolutePath();
      config =
          base.isolated(
              dir.resolve("run-" + ProcessHandle.current().pid()),
              freePort(),
              freePort(),
              freePort());
      stack = LocalStack.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(), "it-stack-stop"));
    }
    return stack;
  }

  /** Stops the stack and starts it again on the same data: what a crash-free restart keeps. */
  public static synchronized LocalStack restart() {
    get().close();
    stack = LocalStack.start(config);
    return stack;
  }

  /** A client of the stack's HTTP API. */
  public static Http http() {
    return new Http(get().baseUrl(), get().operatorToken());
  }

  private static synchronized void stop() {
    if (stack != null) {
      stack.close();
      stack = null;
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
