package cn.yangguang.bench;

import cn.yangguang.launcher.LocalStack;
import cn.yangguang.launcher.StackConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -Pbench package -DskipTests}: starts a stack of its own, then loads the bare
 * endpoint and each scenario at {@code yg.bench.connections} (64) concurrent connections and prints
 * a table with the ratio of each scenario's throughput to the baseline's.
 *
 * <p>Settings (system properties): {@code yg.bench.connections}, {@code yg.bench.warmup} and {@code
 * yg.bench.seconds} (per scenario, seconds).
 */
public final class Benchmark {

  private Benchmark() {}

  /** Runs the benchmark and prints the report. */
  public static void main(String[] args) throws Exception {
    if ("search".equals(System.getProperty("yg.bench.only"))) {
      DocumentSearchBenchmark.main(args); // in process: no stack needed
      return;
    }
    int connections = Integer.getInteger("yg.bench.connections", 64);
    Duration warmup = Duration.ofSeconds(Long.getLong("yg.bench.warmup", 10));
    Duration measure = Duration.ofSeconds(Long.getLong("yg.bench.seconds", 20));
    Path dir = Path.of(System.getProperty("yg.bench.dir", "target/bench-stack")).toAbsolutePath();
    StackConfig config = StackConfig.fromEnvironment().isolated(dir, freePort(), freePort());
    cn.yangguang.launcher.Folders.deleteRecursively(dir); // every run measures a fresh database
    System.out.println("Starting a stack for the benchmark in " + dir + " ...");
    try (LocalStack stack = LocalStack.start(config)) {
      String rss = residentMemory(stack.server().pid());
      String durability = durability(stack);
      LoadGenerator load = new LoadGenerator();
      List<LoadResult> results = new ArrayList<>();
      String base = stack.baseUrl();
      if ("casework".equals(System.getProperty("yg.bench.only"))) {
        new CaseworkBenchmark(stack, Integer.getInteger("yg.bench.casework-threads", 16), measure)
            .run();
        return;
      }
      results.add(
          load.run(
              "bare endpoint GET /api/v1/ping (baseline)",
              URI.create(base + "/api/v1/ping"),
              connections,
              warmup,
              measure));
      results.add(
          load.run(
              "tenant page GET /t/jianshi/",
              URI.create(base + "/t/jianshi/"),
              connections,
              warmup,
              measure));
      results.add(
          load.run(
              "tenant JSON GET /t/jianshi/api/v1/structure",
              URI.create(base + "/t/jianshi/api/v1/structure"),
              connections,
              warmup,
              measure));
      String item = firstItemKey(base);
      results.add(
          load.run(
              "item guide page GET /t/jianshi/services/{key}",
              URI.create(base + "/t/jianshi/services/" + item),
              connections,
              warmup,
              measure));
      results.add(
          load.run(
              "item search GET /t/jianshi/api/v1/items?q=低保",
              URI.create(base + "/t/jianshi/api/v1/items?q=%E4%BD%8E%E4%BF%9D"),
              connections,
              warmup,
              measure));
      results.add(
          load.run(
              "portal search GET /t/jianshi/services/search",
              URI.create(
                  base + "/t/jianshi/services/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7"),
              connections,
              warmup,
              measure));
      print(results, connections, rss, durability);
      if (!Boolean.getBoolean("yg.bench.skip-casework")) {
        new CaseworkBenchmark(stack, Integer.getInteger("yg.bench.casework-threads", 16), measure)
            .run();
      }
      if (!Boolean.getBoolean("yg.bench.skip-sweep")) {
        ClockSweepBenchmark.print(
            new ClockSweepBenchmark(
                    stack.systemDataSource(),
                    stack.superuserDataSource("yangguang"),
                    ClockSweepBenchmark.tenantId(stack.systemDataSource(), "jianshi"))
                .run());
      }
      if (!Boolean.getBoolean("yg.bench.skip-search")) {
        DocumentSearchBenchmark.main(args);
      }
    }
  }

  private static void print(
      List<LoadResult> results, int connections, String rss, String durability) {
    LoadResult baseline = results.get(0);
    System.out.println();
    System.out.println(
        "Yangguang benchmark: "
            + connections
            + " concurrent connections, "
            + Runtime.getRuntime().availableProcessors()
            + " cores, client and server on this machine");
    System.out.println("Database: " + durability);
    System.out.println("Server resident memory after start: " + rss);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-48s %10s %8s %8s %8s %7s%n",
        "scenario",
        "req/s",
        "p50 ms",
        "p99 ms",
        "x base",
        "errors");
    for (LoadResult r : results) {
      System.out.printf(
          Locale.ROOT,
          "%-48s %10.0f %8.2f %8.2f %8.2f %7d%n",
          r.name(),
          r.throughput(),
          r.percentileMillis(50),
          r.percentileMillis(99),
          r.throughput() / baseline.throughput(),
          r.errors());
    }
    LoadResult page = results.get(1);
    boolean ratioOk = page.throughput() / baseline.throughput() >= 0.5;
    boolean p99Ok = page.percentileMillis(99) <= 50;
    System.out.println();
    System.out.println(
        "Target for the tenant page: >= 0.50 x the baseline's throughput and p99 <= 50 ms: "
            + (ratioOk && p99Ok ? "met" : "NOT met")
            + " (ratio "
            + String.format(Locale.ROOT, "%.2f", page.throughput() / baseline.throughput())
            + ", p99 "
            + String.format(Locale.ROOT, "%.1f", page.percentileMillis(99))
            + " ms)");
  }

  /** The key of jianshi's first published item, for the guide-page scenario. */
  private static String firstItemKey(String base) throws Exception {
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(base + "/t/jianshi/api/v1/items?limit=1"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"key\":\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("jianshi has no published item: " + r.body());
    }
    return m.group(1);
  }

  private static String durability(LocalStack stack) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Connection c = stack.appDataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
          rs.next();
          b.append(name).append('=').append(rs.getString(1)).append(' ');
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT version()")) {
        rs.next();
        b.append("(").append(rs.getString(1).split(",")[0]).append(")");
      }
    }
    return b.toString();
  }

  private static String residentMemory(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(l -> l.startsWith("VmRSS:"))
          .map(l -> l.substring(6).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
