package cn.yangguang.casework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The casework context's layering, and the engine's one door. */
class CaseworkArchitectureTest {

  static JavaClasses casework;

  @BeforeAll
  static void load() {
    casework =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.casework");
  }

  @Test
  void caseworkKnowsNothingOfHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "cn.yangguang.web..")
        .check(casework);
  }

  @Test
  void onlyTheEngineAdapterTouchesFlowable() {
    noClasses()
        .that()
        .resideOutsideOfPackage("cn.yangguang.casework.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.flowable..")
        .because(
            "the casework service is the only door to the engine, through CaseProcesses (ADR 0021)")
        .check(casework);
  }

  @Test
  void theDomainIsPure() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.casework.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.yangguang.casework.application..",
            "cn.yangguang.casework.infrastructure..",
            "jakarta..",
            "java.sql..")
        .check(casework);
  }

  @Test
  void applicationUsesPortsNotAdapters() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.casework.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.casework.infrastructure..")
        .check(casework);
  }

  @Test
  void caseworkNeverUsesTheRowLevelSecurityBypassingRole() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.kernel.system..")
        .check(casework);
  }
}
