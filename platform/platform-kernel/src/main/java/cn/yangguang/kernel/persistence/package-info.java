/**
 * Access to the container's transactional resources by their JNDI names. Looked up rather than
 * injected with {@code @Resource}: Payara does not register resource references for beans in a
 * WAR's library jars in time for startup observers, and a lookup by the application-wide name works
 * everywhere.
 */
package cn.yangguang.kernel.persistence;
