/**
 * Static assets served from the classpath: the portal's stylesheet, the Swagger UI web jar and the
 * page that points it at {@code /openapi}. Served through JAX-RS because the application owns the
 * root path.
 */
package cn.yangguang.web.docs;
