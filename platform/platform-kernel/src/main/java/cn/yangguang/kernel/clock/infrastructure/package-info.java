/** JDBC persistence of clocks and their history, on the tenant transaction's connection. */
package cn.yangguang.kernel.clock.infrastructure;
