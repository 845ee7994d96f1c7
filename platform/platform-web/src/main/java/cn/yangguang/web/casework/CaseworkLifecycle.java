package cn.yangguang.web.casework;

import cn.yangguang.casework.infrastructure.FlowableEngine;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Closes the BPMN engine when the application stops. A servlet listener rather than a CDI
 * {@code @PreDestroy}: by then the container has already closed the data source pool, and an engine
 * not closed leaves its job locks behind (STACK-NOTES).
 */
@WebListener
public class CaseworkLifecycle implements ServletContextListener {

  @Inject FlowableEngine engine;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    engine.close();
  }
}
