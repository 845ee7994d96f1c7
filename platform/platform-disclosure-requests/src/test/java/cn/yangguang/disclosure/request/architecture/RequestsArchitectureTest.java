package cn.yangguang.disclosure.request.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The context's layering and boundaries, which Maven cannot express inside one module. */
class RequestsArchitectureTest {

  static JavaClasses requests;

  @BeforeAll
  static void load() {
    requests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.disclosure.request");
  }

  @Test
  void noHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "cn.yangguang.web..")
        .check(requests);
  }

  @Test
  void theDomainKnowsNoFrameworkNorOtherContext() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.disclosure.request.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.yangguang.disclosure.request.application..",
            "cn.yangguang.disclosure.request.infrastructure..",
            "cn.yangguang.disclosure.application..",
            "cn.yangguang.disclosure.domain..",
            "jakarta..",
            "java.sql..",
            "org.apache..")
        .check(requests);
  }

  @Test
  void theApplicationUsesPortsNotAdaptersNorOtherContexts() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.disclosure.request.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.yangguang.disclosure.request.infrastructure..", "cn.yangguang.casework..")
        .check(requests);
  }

  @Test
  void neverTheRowLevelSecurityBypassingRole() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.kernel.system..")
        .check(requests);
  }
}
