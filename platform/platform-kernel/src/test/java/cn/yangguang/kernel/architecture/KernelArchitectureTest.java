package cn.yangguang.kernel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependency rules Maven cannot express inside one module. */
class KernelArchitectureTest {

  static JavaClasses kernel;

  @BeforeAll
  static void load() {
    kernel =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.kernel");
  }

  @Test
  void onlyTheSystemPackageUsesTheRowLevelSecurityBypassingRole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("cn.yangguang.kernel.system..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("cn.yangguang.kernel.system.SystemDatabase")
        .because("yg_system bypasses row-level security: only named cross-tenant work may use it")
        .check(kernel);
  }

  @Test
  void theSystemDataSourceNameAppearsOnlyWhereItIsLookedUp() {
    classes()
        .that()
        .haveSimpleName("SystemDatabase")
        .should()
        .resideInAPackage("cn.yangguang.kernel.system")
        .check(kernel);
  }

  @Test
  void theKernelKnowsNothingOfHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "cn.yangguang.web..")
        .check(kernel);
  }

  @Test
  void domainDoesNotDependOnInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..infrastructure..", "..application..")
        .check(kernel);
  }
}
