package cn.yangguang.bench;

import java.util.Arrays;

/**
 * What one scenario measured.
 *
 * @param name the scenario
 * @param requests completed requests in the measured window
 * @param errors requests that failed or answered other than 200
 * @param seconds length of the measured window
 * @param latenciesNanos every request's latency, for percentiles
 */
record LoadResult(String name, long requests, long errors, double seconds, long[] latenciesNanos) {

  /** Two runs of the same scenario as one. */
  static LoadResult merge(String name, LoadResult a, LoadResult b) {
    long[] all =
        Arrays.copyOf(a.latenciesNanos(), a.latenciesNanos().length + b.latenciesNanos().length);
    System.arraycopy(
        b.latenciesNanos(), 0, all, a.latenciesNanos().length, b.latenciesNanos().length);
    return new LoadResult(
        name, a.requests() + b.requests(), a.errors() + b.errors(), a.seconds() + b.seconds(), all);
  }

  double throughput() {
    return requests / seconds;
  }

  double percentileMillis(double p) {
    if (latenciesNanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = latenciesNanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }
}
