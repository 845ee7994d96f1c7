/**
 * The benchmark command. It measures each scenario against a baseline taken in the same run on the
 * same server (the bare {@code /api/v1/ping}), so the printed ratios mean something on any machine;
 * absolute numbers are printed too but only the ratios are compared across runs. Not a test:
 * nothing here fails a build.
 */
package cn.yangguang.bench;
