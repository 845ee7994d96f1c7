/** JDBC access to the calendar tables, on the tenant transaction's connection. */
package cn.yangguang.kernel.calendar.infrastructure;
