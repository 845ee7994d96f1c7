/**
 * Adapters: the embedded Flowable engine (JTA, schema {@code flowable}, no DDL, no async executor)
 * behind {@code CaseProcesses}, JDBC repositories under row-level security (applicant ID numbers
 * and phones SM4-encrypted), and the recording SMS gateway of development and tests.
 */
package cn.yangguang.casework.infrastructure;
