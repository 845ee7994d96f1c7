package cn.yangguang.bench;

import cn.yangguang.launcher.LocalStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Casework scenarios: durable application submissions per second through the API (a window clerk's
 * bearer token, materials uploaded once) against raw single-row insert-and-commit on the same
 * PostgreSQL in the same run, with the rows one submission writes; and the latency of a staff inbox
 * when the county has 100,000 open cases.
 */
final class CaseworkBenchmark {

  static final String ITEM = "422822-FGJ-0002";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final LocalStack stack;
  private final int threads;
  private final Duration measure;

  CaseworkBenchmark(LocalStack stack, int threads, Duration measure) {
    this.stack = stack;
    this.threads = threads;
    this.measure = measure;
  }

  void run() throws Exception {
    String token = token("jianshi.clerk");
    String base = stack.baseUrl() + "/t/jianshi/api/v1";
    String body = application(base, token);
    double raw = rawInserts(stack.superuserDataSource("yangguang"));
    long rowsBefore = insertedRows();
    submit(base, token, body, Duration.ofSeconds(5)); // warm-up
    long warm = insertedRows();
    Result api = submit(base, token, body, measure);
    long rowsAfter = insertedRows();
    double rowsPerSubmission = (rowsAfter - warm) / (double) Math.max(1, api.count());
    System.out.println();
    System.out.println(
        "Casework: durable submissions (POST /t/jianshi/api/v1/cases, " + threads + " threads)");
    System.out.printf(
        Locale.ROOT, "%-52s %10.1f tx/s%n", "raw PostgreSQL insert-and-commit (baseline)", raw);
    System.out.printf(
        Locale.ROOT,
        "%-52s %10.1f /s  p50 %.1f ms  p99 %.1f ms  errors %d%n",
        "application submission through the API",
        api.perSecond(),
        api.percentile(50),
        api.percentile(99),
        api.errors());
    System.out.printf(
        Locale.ROOT,
        "ratio %.3f x the baseline (target >= 0.02): %s; rows inserted per submission: %.1f (%d before the run)%n",
        api.perSecond() / raw,
        api.perSecond() / raw >= 0.02 ? "met" : "NOT met",
        rowsPerSubmission,
        rowsBefore);
    inbox(base, token);
  }

  private void inbox(String base, String token) throws Exception {
    int cases = Integer.getInteger("yg.bench.open-cases", 100_000);
    seedOpenCases(cases);
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(base + "/work-items?limit=50"))
            .header("Authorization", "Bearer " + token)
            .build();
    for (int i = 0; i < 20; i++) {
      HTTP.send(req, HttpResponse.BodyHandlers.discarding());
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
      nanos.add(System.nanoTime() - t0);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("inbox answered " + r.statusCode());
      }
    }
    Collections.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "staff inbox GET /work-items?limit=50 with %,d open cases in the county: p50 %.1f ms, p99 %.1f ms (target p99 <= 100 ms: %s)%n",
        cases,
        nanos.get(nanos.size() / 2) / 1e6,
        nanos.get(nanos.size() * 99 / 100) / 1e6,
        nanos.get(nanos.size() * 99 / 100) / 1e6 <= 100 ? "met" : "NOT met");
  }

  /**
   * Inserts open cases with their acceptance work items straight into the tables (a tenth in the
   * clerk's post, the rest spread over the county's other posts), with running clocks.
   */
  private void seedOpenCases(int n) throws SQLException {
    try (Connection c = stack.superuserDataSource("yangguang").getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          """
          WITH t AS (SELECT id FROM yg.tenant WHERE slug = 'jianshi'),
          p AS (SELECT array_agg(code ORDER BY code) AS codes FROM yg.post WHERE tenant_id = (SELECT id FROM t)),
          g AS (SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS clock_id FROM generate_series(1, %d) i),
          cf AS (
            INSERT INTO yg.case_file (tenant_id, id, case_number, query_code_hash, item_key, item_version, item_version_id,
              item_name, department_code, template, status, channel, applicant_kind, applicant_name, applicant_id_number,
              applicant_phone, submitted_by, idempotency_key, received_at, receipt_at)
            SELECT (SELECT id FROM t), g.case_id, 'BENCH-' || g.i, repeat('0', 64), '%s', 1,
              (SELECT id FROM yg.catalogue_item WHERE item_key = '%s' AND status = 'PUBLISHED' LIMIT 1),
              '基准测试事项', 'jsx-fgj', 'PROMISE', 'RECEIVED', 'WINDOW', 'PERSON', '基准', 'x', 'x', 'bench', 'bench-' || g.i,
              now() - (g.i %% 500) * interval '1 hour', now() - (g.i %% 500) * interval '1 hour' FROM g RETURNING 1)
          INSERT INTO yg.work_item (tenant_id, id, case_id, task_id, step, post_code, status, created_at)
          SELECT (SELECT id FROM t), gen_random_uuid(), g.case_id, 'bench-' || g.i, 'accept',
            CASE WHEN g.i %% 10 = 0 THEN 'jsx-fgj-clerk' ELSE (SELECT codes[1 + g.i %% array_length(codes, 1)] FROM p) END,
            'OPEN', now() - (g.i %% 500) * interval '1 hour'
          FROM g WHERE (SELECT count(*) FROM cf) > 0
          """
              .formatted(n, ITEM, ITEM));
      s.execute("ANALYZE yg.case_file");
      s.execute("ANALYZE yg.work_item");
    }
  }

  private record Result(long count, long errors, double seconds, List<Long> nanos) {
    double perSecond() {
      return count / seconds;
    }

    double percentile(int p) {
      if (nanos.isEmpty()) {
        return 0;
      }
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
  }

  private Result submit(String base, String token, String body, Duration d) throws Exception {
    AtomicLong ok = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    double seconds =
        onThreads(
            d,
            end -> {
              while (System.nanoTime() < end) {
                String b = body.replace("KEY", "bench-" + UUID.randomUUID());
                long t0 = System.nanoTime();
                try {
                  HttpResponse<Void> r =
                      HTTP.send(
                          HttpRequest.newBuilder(URI.create(base + "/cases"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(b))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (r.statusCode() == 201) {
                    ok.incrementAndGet();
                    nanos.add(System.nanoTime() - t0);
                  } else {
                    errors.incrementAndGet();
                  }
                } catch (IOException e) {
                  errors.incrementAndGet();
                }
              }
            });
    return new Result(ok.get(), errors.get(), seconds, nanos);
  }

  private double rawInserts(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS public.bench_raw (id uuid PRIMARY KEY, v text)");
    }
    AtomicLong n = new AtomicLong();
    double seconds =
        onThreads(
            measure,
            end -> {
              try (Connection c = ds.getConnection();
                  PreparedStatement ps =
                      c.prepareStatement("INSERT INTO public.bench_raw VALUES (?, 'x')")) {
                c.setAutoCommit(true);
                while (System.nanoTime() < end) {
                  ps.setObject(1, UUID.randomUUID());
                  ps.executeUpdate();
                  n.incrementAndGet();
                }
              }
            });
    return n.get() / seconds;
  }

  /** Work one thread does until {@code end} (System.nanoTime()). */
  @FunctionalInterface
  private interface Loop {
    void run(long end) throws Exception;
  }

  /** Runs {@code loop} on {@link #threads} threads for {@code d}; returns the seconds it took. */
  private double onThreads(Duration d, Loop loop) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long end = start + d.toNanos();
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      all.add(
          pool.submit(
              () -> {
                loop.run(end);
                return null;
              }));
    }
    try {
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private long insertedRows() throws SQLException {
    try (Connection c = stack.superuserDataSource("yangguang").getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT sum(n_tup_ins) FROM pg_stat_user_tables WHERE schemaname IN ('yg', 'flowable')")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** An application body with the item's required materials uploaded once; KEY is replaced. */
  private String application(String base, String token) throws Exception {
    JsonObject item =
        json(
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/items/" + ITEM)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    var materials = Json.createArrayBuilder();
    for (JsonObject m :
        item.getJsonObject("fields").getJsonArray("materials").getValuesAs(JsonObject.class)) {
      if ("REQUIRED".equals(m.getString("necessity"))) {
        HttpResponse<String> up =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/cases/uploads?name=m.pdf"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/pdf")
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                                .getBytes(StandardCharsets.US_ASCII)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        materials.add(
            Json.createObjectBuilder()
                .add("name", m.getString("name"))
                .add("fileId", json(up.body()).getString("id")));
      }
    }
    return Json.createObjectBuilder()
        .add("itemKey", ITEM)
        .add("idempotencyKey", "KEY")
        .add(
            "applicant",
            Json.createObjectBuilder()
                .add("kind", "PERSON")
                .add("name", "基准申请人")
                .add("idNumber", "422822199003070024")
                .add("phone", "13800001234"))
        .add("materials", materials)
        .build()
        .toString();
  }

  private String token(String username) throws Exception {
    String form =
        "grant_type=password&client_id=yangguang-web&scope=openid&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password=Demo%402026";
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.keycloakUrl() + "/realms/yangguang/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json(r.body()).getString("access_token");
  }

  private static JsonObject json(String s) {
    return Json.createReader(new StringReader(s)).readObject();
  }
}
