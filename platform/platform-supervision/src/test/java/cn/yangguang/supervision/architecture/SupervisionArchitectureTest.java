package cn.yangguang.supervision.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The supervision context's layering, and its independence of casework's code. */
class SupervisionArchitectureTest {

  static JavaClasses supervision;

  @BeforeAll
  static void load() {
    supervision =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.supervision");
  }

  @Test
  void supervisionKnowsNothingOfHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "cn.yangguang.web..")
        .check(supervision);
  }

  @Test
  void theDomainIsPure() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.supervision.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.yangguang.supervision.application..",
            "cn.yangguang.supervision.infrastructure..",
            "cn.yangguang.kernel..",
            "jakarta..",
            "java.sql..")
        .check(supervision);
  }

  @Test
  void applicationUsesPortsNotAdapters() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.supervision.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.supervision.infrastructure..")
        .check(supervision);
  }

  @Test
  void casework_isObservedThroughEventsAndOneReadOnlyAdapterNeverItsCode() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("cn.yangguang.casework..", "cn.yangguang.kernel.system..")
        .because(
            "supervision observes casework through the outbox and JdbcCaseObservations (ADR 0049)")
        .check(supervision);
  }
}
