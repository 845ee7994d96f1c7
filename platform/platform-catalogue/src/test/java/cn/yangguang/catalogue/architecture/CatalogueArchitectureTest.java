package cn.yangguang.catalogue.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue context's layering, which Maven cannot express inside one module. */
class CatalogueArchitectureTest {

  static JavaClasses catalogue;

  @BeforeAll
  static void load() {
    catalogue =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.catalogue");
  }

  @Test
  void theCatalogueKnowsNothingOfHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "cn.yangguang.web..")
        .because("the web layer is the catalogue's interface, not the other way round")
        .check(catalogue);
  }

  @Test
  void theDomainIsPure() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.catalogue.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.yangguang.catalogue.application..",
            "cn.yangguang.catalogue.infrastructure..",
            "jakarta..",
            "java.sql..",
            "org.apache..")
        .check(catalogue);
  }

  @Test
  void applicationUsesPortsNotAdapters() {
    noClasses()
        .that()
        .resideInAPackage("cn.yangguang.catalogue.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.catalogue.infrastructure..")
        .check(catalogue);
  }

  @Test
  void theCatalogueNeverUsesTheRowLevelSecurityBypassingRole() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.kernel.system..")
        .because(
            "shared rows are reached through the narrow ProvinceRows port only (ADR 0026), never"
                + " through the system database")
        .check(catalogue);
  }

  @Test
  void onlyTheMasterRepositoryAndTheCodeBooksReachProvinceRows() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("cn.yangguang.catalogue.infrastructure.JdbcMasterRepository")
        .and()
        .doNotHaveFullyQualifiedName("cn.yangguang.catalogue.infrastructure.JdbcCodeBooks")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.yangguang.kernel.sharedrows..")
        .because("a province's shared rows are written in one audited place (ADR 0026)")
        .check(catalogue);
  }
}
