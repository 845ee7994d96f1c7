package cn.yangguang.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.ImportReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class CatalogueImportsTest {

  private static final TenantRef A = new TenantRef(UUID.randomUUID(), "jianshi", "420000");
  private static final TenantRef B = new TenantRef(UUID.randomUUID(), "shenqiu", "410000");

  /** Runs tasks when told, so a test sees an import while it runs. */
  static final class Manual implements Executor {
    final List<Runnable> queued = new ArrayList<>();

    @Override
    public void execute(Runnable r) {
      queued.add(r);
    }

    void runAll() {
      List<Runnable> now = new ArrayList<>(queued);
      queued.clear();
      now.forEach(Runnable::run);
    }
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2025-11-03T02:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static ImportReport applied(int rows) {
    return new ImportReport(UUID.randomUUID(), true, rows, rows, 0, 0, List.of());
  }

  @Test
  void showsProgressThenTheReport() {
    Manual executor = new Manual();
    CatalogueImports imports = new CatalogueImports(Clock.systemUTC(), executor);
    UUID id =
        imports
            .start(
                A,
                "a.csv",
                "wang",
                300,
                progress -> {
                  progress.accept(100);
                  progress.accept(200);
                  return applied(300);
                })
            .orElseThrow();
    CatalogueImports.Snapshot running = imports.find(A.id(), id).orElseThrow();
    assertThat(running.finished()).isFalse();
    assertThat(running.percent()).isZero();
    assertThat(running.actor()).isEqualTo("wang");
    executor.runAll();
    CatalogueImports.Snapshot done = imports.find(A.id(), id).orElseThrow();
    assertThat(done.finished()).isTrue();
    assertThat(done.done()).isEqualTo(300);
    assertThat(done.percent()).isEqualTo(100);
    assertThat(done.report().created()).isEqualTo(300);
    assertThat(done.incident()).isNull();
  }

  @Test
  void anotherCountyNeverSeesTheImport() {
    CatalogueImports imports = new CatalogueImports(Clock.systemUTC(), Runnable::run);
    UUID id = imports.start(A, "a.csv", "wang", 1, p -> applied(1)).orElseThrow();
    assertThat(imports.find(B.id(), id)).isEmpty();
    assertThat(imports.find(A.id(), UUID.randomUUID())).isEmpty();
  }

  @Test
  void oneImportPerCountyAtATime() {
    Manual executor = new Manual();
    CatalogueImports imports = new CatalogueImports(Clock.systemUTC(), executor);
    assertThat(imports.start(A, "a.csv", "wang", 1, p -> applied(1))).isPresent();
    assertThat(imports.start(A, "b.csv", "li", 1, p -> applied(1))).isEmpty();
    assertThat(imports.start(B, "b.csv", "li", 1, p -> applied(1))).isPresent();
    executor.runAll();
    assertThat(imports.start(A, "c.csv", "wang", 1, p -> applied(1))).isPresent();
  }

  @Test
  void aFailureIsReportedWithAnIncidentAndFreesTheCounty() {
    CatalogueImports imports = new CatalogueImports(Clock.systemUTC(), Runnable::run);
    UUID id =
        imports
            .start(
                A,
                "a.csv",
                "wang",
                5,
                p -> {
                  throw new IllegalStateException("database gone");
                })
            .orElseThrow();
    CatalogueImports.Snapshot s = imports.find(A.id(), id).orElseThrow();
    assertThat(s.finished()).isTrue();
    assertThat(s.report()).isNull();
    assertThat(s.incident()).isNotBlank();
    assertThat(imports.start(A, "a.csv", "wang", 1, p -> applied(1))).isPresent();
  }

  @Test
  void anExecutorThatRefusesLeavesNothingBehind() {
    boolean[] refused = {false};
    CatalogueImports imports =
        new CatalogueImports(
            Clock.systemUTC(),
            r -> {
              if (!refused[0]) {
                refused[0] = true;
                throw new java.util.concurrent.RejectedExecutionException("full");
              }
              r.run();
            });
    assertThatThrownBy(() -> imports.start(A, "a.csv", "wang", 1, p -> applied(1)))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    assertThat(imports.start(A, "a.csv", "wang", 1, p -> applied(1)))
        .as("county not left busy")
        .isPresent();
  }

  @Test
  void finishedImportsAreForgottenAfterAnHour() {
    MovableClock clock = new MovableClock();
    CatalogueImports imports = new CatalogueImports(clock, Runnable::run);
    UUID old = imports.start(A, "a.csv", "wang", 1, p -> applied(1)).orElseThrow();
    clock.now = clock.now.plus(CatalogueImports.KEEP).plusSeconds(1);
    UUID fresh = imports.start(B, "b.csv", "li", 1, p -> applied(1)).orElseThrow();
    assertThat(imports.find(A.id(), old)).isEmpty();
    assertThat(imports.find(B.id(), fresh)).isPresent();
  }

  @Test
  void awaitReturnsOnceFinishedOrAfterTheWait() {
    Manual executor = new Manual();
    CatalogueImports imports = new CatalogueImports(Clock.systemUTC(), executor);
    UUID id = imports.start(A, "a.csv", "wang", 1, p -> applied(1)).orElseThrow();
    long start = System.nanoTime();
    imports.await(id, Duration.ofMillis(50));
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(40).toNanos());
    executor.runAll();
    imports.await(id, Duration.ofSeconds(5));
    imports.await(UUID.randomUUID(), Duration.ofSeconds(5));
    assertThat(imports.find(A.id(), id).orElseThrow().finished()).isTrue();
  }
}
