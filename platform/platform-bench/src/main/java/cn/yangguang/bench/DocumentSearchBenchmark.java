package cn.yangguang.bench;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.disclosure.domain.Validity;
import cn.yangguang.disclosure.infrastructure.LuceneDocumentSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The disclosure search at county scale and beyond: indexes 100,000 and 1,000,000 synthetic
 * published documents (title and a ~300-character body made of government vocabulary) into the
 * platform's own {@link LuceneDocumentSearch}, in the benchmark's JVM, and times queries of
 * residents: one 2-character word, two words, a word with a column and year filter. The baseline,
 * measured in the same run, is the same queries on a county-sized index of 1,000 documents; each
 * size prints its p95 as a multiple of the baseline's. Target: p95 &lt;= 100 ms at 1,000,000.
 *
 * <p>Runs alone with {@code -Dyg.bench.only=search} (no stack needed) or after the HTTP scenarios.
 */
final class DocumentSearchBenchmark {

  /** The words documents are made of (2-4 characters, government prose). */
  static final String[] WORDS =
      ("通知 公告 意见 办法 规定 实施 方案 工作 加强 推进 落实 建设 管理 服务 农村 农业 农民 扶贫 脱贫 乡村 振兴 产业 发展"
              + " 资金 预算 决算 财政 补贴 补助 项目 审批 许可 登记 备案 监督 检查 考核 评估 安全 生产 环境 保护 生态 治理 水利"
              + " 交通 道路 桥梁 学校 教育 教师 学生 医疗 卫生 健康 养老 社会 保障 救助 低保 就业 创业 培训 人才 招聘 住房 保障房"
              + " 棚户区 改造 城镇 规划 土地 征收 补偿 移民 安置 茶叶 茶园 烟叶 畜牧 林业 森林 防火 防汛 抗旱 应急 救灾 气象 文化"
              + " 旅游 体育 民族 宗教 信访 政务 公开 信息 数据 网络 平台 营商 企业 市场 价格 税收 金融 统计 审计 纪检 监察 党建"
              + " 组织 宣传 群众 村民 社区 街道 乡镇 县级 部门 单位 年度 季度 月份 标准 目录 清单 名单 结果 公示 征求 听证")
          .split(" ");

  static final String[] COLUMNS = {
    "policy", "planning", "funds", "personnel", "education", "health"
  };

  private static final TenantRef BASELINE = new TenantRef(UUID.randomUUID(), "baseline", "420000");
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  private static final Set<String> BOTH = Set.of("discloser", "secrecy");

  /** One size's measurements. */
  record Result(
      int documents,
      double indexPerSecond,
      long heapMb,
      double p50,
      double p95,
      double p99,
      double max,
      double hitsAvg) {}

  private final int queries = Integer.getInteger("yg.bench.search.queries", 2000);

  List<Result> run(List<Integer> sizes) {
    List<Result> out = new ArrayList<>();
    measure(1000, BASELINE); // warms the JIT up, so that the baseline is not the cold start
    out.add(measure(1000, BASELINE));
    for (int n : sizes) {
      out.add(measure(n, new TenantRef(UUID.randomUUID(), "county" + n, "420000")));
      System.gc();
    }
    return out;
  }

  private Result measure(int n, TenantRef tenant) {
    LuceneDocumentSearch search = new LuceneDocumentSearch();
    try {
      Random random = new Random(n);
      List<DisclosureDocument> docs = new ArrayList<>(Math.min(n, 100_000));
      long indexNanos = 0;
      // built and indexed in batches so that 1,000,000 documents never sit in memory twice
      for (int done = 0; done < n; ) {
        int batch = Math.min(100_000, n - done);
        docs.clear();
        for (int i = 0; i < batch; i++) {
          docs.add(document(random, done + i));
        }
        long start = System.nanoTime();
        if (done == 0) {
          search.rebuild(tenant, docs);
        } else {
          for (DisclosureDocument d : docs) {
            search.index(tenant, d);
          }
        }
        indexNanos += System.nanoTime() - start;
        done += batch;
      }
      docs.clear();
      long warm = System.nanoTime();
      search.search(tenant, DocumentSearch.Query.of("补贴"), 20); // the first search refreshes
      indexNanos += System.nanoTime() - warm;
      Random q = new Random(7);
      for (int i = 0; i < Math.min(500, queries); i++) {
        search.search(tenant, query(q), 20);
      }
      double[] millis = new double[queries];
      long hits = 0;
      q = new Random(11);
      for (int i = 0; i < queries; i++) {
        DocumentSearch.Query query = query(q);
        long start = System.nanoTime();
        hits += search.search(tenant, query, 20).size();
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      Runtime rt = Runtime.getRuntime();
      long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
      return new Result(
          n,
          n / (indexNanos / 1e9),
          heap,
          pct(millis, 50),
          pct(millis, 95),
          pct(millis, 99),
          millis[millis.length - 1],
          hits / (double) queries);
    } finally {
      search.close();
    }
  }

  /** A resident's query: one word (60 %), two words (25 %), a word with filters (15 %). */
  static DocumentSearch.Query query(Random r) {
    int kind = r.nextInt(100);
    String a = WORDS[r.nextInt(WORDS.length)];
    if (kind < 60) {
      return DocumentSearch.Query.of(a);
    }
    if (kind < 85) {
      return DocumentSearch.Query.of(a + " " + WORDS[r.nextInt(WORDS.length)]);
    }
    return new DocumentSearch.Query(
        a,
        Set.of(COLUMNS[r.nextInt(COLUMNS.length)]),
        null,
        2020 + r.nextInt(7),
        Validity.IN_FORCE);
  }

  static DisclosureDocument document(Random r, int i) {
    StringBuilder title = new StringBuilder("关于");
    for (int w = 0; w < 4; w++) {
      title.append(WORDS[r.nextInt(WORDS.length)]);
    }
    title.append("的通知");
    StringBuilder body = new StringBuilder(320);
    while (body.length() < 300) {
      for (int w = 0; w < 8; w++) {
        body.append(WORDS[r.nextInt(WORDS.length)]);
      }
      body.append('。');
    }
    DocumentFields f =
        new DocumentFields(
            COLUMNS[r.nextInt(COLUMNS.length)],
            "agency-" + r.nextInt(40),
            title.toString(),
            body.toString(),
            DocumentKind.OTHER,
            null,
            "县人民政府",
            "GENERAL",
            LocalDate.of(2020 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    return DisclosureDocument.draft(new UUID(0, i), "B/" + i, f, null, "bench", NOW)
        .take(Step.SUBMIT, BOTH, NOW, null)
        .take(Step.APPROVE, BOTH, NOW, null)
        .take(Step.PUBLISH, BOTH, NOW, null);
  }

  private static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static void print(List<Result> results) {
    Result base = results.get(0);
    System.out.println();
    System.out.println(
        "Disclosure search (in process, LuceneDocumentSearch; ~300-character bodies; 60 % one word,"
            + " 25 % two words, 15 % filtered; top 20 with highlights; baseline = 1,000 documents):");
    System.out.printf(
        Locale.ROOT,
        "%10s %12s %9s %8s %8s %8s %8s %9s %8s%n",
        "documents",
        "index doc/s",
        "heap MB",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "x base p95",
        "hits");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "%10d %12.0f %9d %8.2f %8.2f %8.2f %8.2f %9.1f %8.1f%n",
          r.documents(),
          r.indexPerSecond(),
          r.heapMb(),
          r.p50(),
          r.p95(),
          r.p99(),
          r.max(),
          r.p95() / base.p95(),
          r.hitsAvg());
    }
    Result largest = results.get(results.size() - 1);
    System.out.println(
        "Target p95 <= 100 ms at "
            + largest.documents()
            + " documents: "
            + (largest.p95() <= 100 ? "met" : "NOT met")
            + String.format(Locale.ROOT, " (p95 %.1f ms)", largest.p95()));
  }

  public static void main(String[] args) {
    print(new DocumentSearchBenchmark().run(List.of(100_000, 1_000_000)));
  }
}
