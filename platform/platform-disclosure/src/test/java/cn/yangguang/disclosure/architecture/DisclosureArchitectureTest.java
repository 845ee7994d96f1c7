package cn.yangguang.disclosure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The disclosure context's layering, which Maven cannot express inside one module. */
class DisclosureArchitectureTest {

  static JavaClasses disclosure;

  @BeforeAll
  static void load() {
    disclosure =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.disclosure");
  }

  @Test
  void disclosureKnowsNothingOfHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "cn.yangguang.web..")
        .check(disclosure);
  }

  @Test
  void theDomainIsPure() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.disclosure.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.yangguang.disclosure.application..",
            "cn.yangguang.disclosure.infrastructure..",
            "cn.yangguang.kernel..",
            "jakarta..",
            "java.sql..",
            "org.apache..")
        .check(disclosure);
  }

  @Test
  void applicationUsesPortsNotAdapters() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.disclosure.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("cn.yangguang.disclosure.infrastructure..", "org.apache.lucene..")
        .check(disclosure);
  }

  @Test
  void disclosureNeverUsesTheRowLevelSecurityBypassingRole() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.kernel.system..")
        .check(disclosure);
  }
}
