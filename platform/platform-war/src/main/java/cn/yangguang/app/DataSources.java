package cn.yangguang.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The data sources. {@code java:app/jdbc/yangguang} connects as {@code yg_app} (owns nothing, no
 * BYPASSRLS) and takes part in JTA transactions; {@code java:app/jdbc/yangguang-system} connects as
 * {@code yg_system} outside JTA and is used only by the kernel's system package.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/yangguang",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=yg.db.url}",
    user = "yg_app",
    password = "${MPCONFIG=yg.db.app.password}",
    minPoolSize = 4,
    maxPoolSize = 48,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      // jsonb and uuid columns take text parameters; the server casts them.
      "stringType=unspecified"
    })
@DataSourceDefinition(
    name = "java:app/jdbc/yangguang-system",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=yg.db.url}",
    user = "yg_system",
    password = "${MPCONFIG=yg.db.system.password}",
    transactional = false,
    properties = {"stringType=unspecified"},
    minPoolSize = 1,
    maxPoolSize = 8)
@ApplicationScoped
public class DataSources {}
