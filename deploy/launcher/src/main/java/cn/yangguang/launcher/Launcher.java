package cn.yangguang.launcher;

import cn.yangguang.migrations.MigrationFailedException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Prun package -DskipTests}: runs the whole platform locally until Ctrl-C, which
 * stops Payara, Keycloak and the database in that order.
 *
 * <p>Exit codes: 0 after Ctrl-C, 2 when a migration or the schema lint fails, 1 for anything else
 * that stops the start.
 */
public final class Launcher {

  /**
   * Flyway prints every statement's result at INFO; the banner says what matters. Held: JUL
   * forgets.
   */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private Launcher() {}

  /** Starts the stack, prints where to open it, and waits for Ctrl-C. */
  public static void main(String[] args) throws InterruptedException {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    StackConfig config = StackConfig.fromEnvironment();
    System.out.println(
        "Yangguang: starting the local stack (data in " + config.dataDir() + ") ...");
    long started = System.nanoTime();
    FirstPartyPlugins.install(config);
    LocalStack stack;
    try {
      stack = LocalStack.start(config);
    } catch (MigrationFailedException e) {
      System.err.println("\nYangguang did not start: " + e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("\nYangguang did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    cn.yangguang.citysim.CitySimulator city = FirstPartyPlugins.startCitySimulator();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nYangguang: stopping ...");
                  stack.close();
                  if (city != null) {
                    city.close();
                  }
                  stopped.countDown();
                },
                "yangguang-shutdown"));
    System.out.println(Banner.render(stack, (System.nanoTime() - started) / 1_000_000));
    stopped.await();
  }
}
