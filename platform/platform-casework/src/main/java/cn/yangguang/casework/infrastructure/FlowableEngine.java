package cn.yangguang.casework.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

/**
 * The one embedded Flowable engine of this node (ADR 0021), built on first use over the
 * application's data source and the container's transaction manager, so that engine writes join the
 * caller's tenant transaction. Its tables live in schema {@code flowable}, created by Flyway: the
 * engine never issues DDL ({@code databaseSchemaUpdate=ignore}) and addresses tables by the prefix
 * {@code flowable.} rather than by changing a pooled connection's search path.
 *
 * <p>No async executor runs: the templates and the whitelist allow neither timers nor asynchronous
 * continuations (clocks are the kernel's, on the working-day calendar), so the engine holds no jobs
 * and several nodes share it without coordination. Closed by the web layer's context listener
 * before the data source goes away. Thread-safe.
 */
@ApplicationScoped
public class FlowableEngine {

  private static final Logger LOG = Logger.getLogger(FlowableEngine.class.getName());

  @Inject ContainerResources resources;

  private volatile ProcessEngine engine;

  /** The engine, built on first call. */
  public ProcessEngine engine() {
    ProcessEngine e = engine;
    if (e == null) {
      synchronized (this) {
        if (engine == null) {
          engine = build();
        }
        e = engine;
      }
    }
    return e;
  }

  /** Closes the engine if it was built; safe to call twice. */
  public synchronized void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  private ProcessEngine build() {
    long start = System.nanoTime();
    JtaProcessEngineConfiguration cfg = new JtaProcessEngineConfiguration();
    cfg.setDataSource(resources.appDataSource());
    cfg.setTransactionManager(
        ContainerResources.<TransactionManager>lookup("java:appserver/TransactionManager"));
    cfg.setTransactionsExternallyManaged(true);
    cfg.setDatabaseType("postgres");
    cfg.setDatabaseTablePrefix("flowable.");
    cfg.setTablePrefixIsSchema(true);
    cfg.setDatabaseSchemaUpdate("ignore");
    cfg.setDisableIdmEngine(true);
    cfg.setDisableEventRegistry(true);
    cfg.setAsyncExecutorActivate(false);
    cfg.setHistoryLevel(HistoryLevel.AUDIT);
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setEnableProcessDefinitionInfoCache(false);
    ProcessEngine built = cfg.buildProcessEngine();
    LOG.info(() -> "Flowable engine built in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return built;
  }
}
