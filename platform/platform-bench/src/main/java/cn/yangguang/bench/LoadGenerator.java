package cn.yangguang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code connections} threads each send the next request as soon as the
 * previous answer arrived, for a warm-up period and then a measured one.
 */
final class LoadGenerator {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  LoadResult run(String name, URI uri, int connections, Duration warmup, Duration measure)
      throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    long warmupEnd = System.nanoTime() + warmup.toNanos();
    long measureEnd = warmupEnd + measure.toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(connections);
    for (int i = 0; i < connections; i++) {
      long[] latencies = new long[2_000_000 / connections];
      int[] count = new int[1];
      perThread.add(latencies);
      counts.add(count);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    long start = System.nanoTime();
                    if (start >= measureEnd) {
                      break;
                    }
                    boolean ok = send(request);
                    long end = System.nanoTime();
                    if (start >= warmupEnd && end <= measureEnd) {
                      if (!ok) {
                        errors.incrementAndGet();
                      } else if (count[0] < latencies.length) {
                        latencies[count[0]++] = end - start;
                      }
                    }
                  }
                } finally {
                  done.countDown();
                }
              },
              "load-" + i);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    int total = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = new long[total];
    int at = 0;
    for (int i = 0; i < connections; i++) {
      System.arraycopy(perThread.get(i), 0, all, at, counts.get(i)[0]);
      at += counts.get(i)[0];
    }
    return new LoadResult(name, total, errors.get(), measure.toNanos() / 1e9, all);
  }

  private boolean send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
