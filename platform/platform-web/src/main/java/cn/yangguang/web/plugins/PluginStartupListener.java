package cn.yangguang.web.plugins;

import cn.yangguang.plugins.application.PluginHost;
import cn.yangguang.plugins.application.PluginJobs;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the plugin host once the web application has started (the data sources are bound by then),
 * before the server reports ready: plugins are installed at start only. Then schedules their jobs.
 */
@WebListener
public class PluginStartupListener implements ServletContextListener {

  @Inject PluginHost host;
  @Inject PluginJobs jobs;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    host.start();
    jobs.start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    jobs.stop();
  }
}
