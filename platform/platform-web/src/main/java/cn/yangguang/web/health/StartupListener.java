package cn.yangguang.web.health;

import cn.yangguang.kernel.system.SystemJobs;
import cn.yangguang.kernel.tenancy.application.ManifestBootstrap;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Loads the tenant manifests and starts the system jobs once the web application has started. A
 * servlet context listener rather than a CDI startup observer: the application's data sources are
 * bound by then, and not before.
 */
@WebListener
public class StartupListener implements ServletContextListener {

  @Inject ManifestBootstrap manifests;
  @Inject SystemJobs jobs;
  @Inject cn.yangguang.kernel.identity.application.DemoAccounts demoAccounts;
  @Inject cn.yangguang.catalogue.application.CatalogueBootstrap catalogues;
  @Inject cn.yangguang.disclosure.application.DisclosureBootstrap disclosure;
  @Inject cn.yangguang.casework.application.CaseworkBootstrap casework;
  @Inject cn.yangguang.supervision.application.SupervisionBootstrap supervision;
  @Inject cn.yangguang.disclosure.request.application.RequestsBootstrap requests;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    cn.yangguang.kernel.privacy.MaskingLogFilter.install(); // before anything can log personal data
    manifests.loadAll();
    try {
      demoAccounts.apply();
    } catch (RuntimeException e) {
      // the platform still serves; the demo logins are missing until the next start
      java.util.logging.Logger.getLogger(StartupListener.class.getName())
          .log(java.util.logging.Level.SEVERE, "demo accounts not applied: " + e.getMessage(), e);
    }
    try {
      catalogues.loadAll();
    } catch (RuntimeException e) {
      // the platform still serves; the catalogue files are applied again at the next start
      java.util.logging.Logger.getLogger(StartupListener.class.getName())
          .log(java.util.logging.Level.SEVERE, "catalogues not loaded: " + e.getMessage(), e);
    }
    jobs.markOutboxHead(); // the disclosure index, rebuilt next, then misses no later event
    try {
      disclosure.loadAll();
    } catch (RuntimeException e) {
      // the platform still serves; disclosure search is empty until the next start
      java.util.logging.Logger.getLogger(StartupListener.class.getName())
          .log(java.util.logging.Level.SEVERE, "disclosure not loaded: " + e.getMessage(), e);
    }
    try {
      casework.loadAll(); // after the catalogues: bindings and demo cases name their items
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(StartupListener.class.getName())
          .log(java.util.logging.Level.SEVERE, "casework files not loaded: " + e.getMessage(), e);
    }
    try {
      supervision.loadAll(); // after casework: the scan looks at the cases seeded above
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(StartupListener.class.getName())
          .log(java.util.logging.Level.SEVERE, "supervision not loaded: " + e.getMessage(), e);
    }
    try {
      requests.loadAll(); // after the disclosure columns: demo requests of one agency
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(StartupListener.class.getName())
          .log(
              java.util.logging.Level.SEVERE,
              "disclosure requests not loaded: " + e.getMessage(),
              e);
    }
    jobs.start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    jobs.stop();
  }
}
