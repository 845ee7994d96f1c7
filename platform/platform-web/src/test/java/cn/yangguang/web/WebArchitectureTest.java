package cn.yangguang.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web layer adapts the kernel; it never reaches around it. */
class WebArchitectureTest {

  static JavaClasses web;

  @BeforeAll
  static void load() {
    web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yangguang.web");
  }

  @Test
  void noResourceTouchesTheSystemRoleOrTheKernelsInfrastructure() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("cn.yangguang.kernel..infrastructure..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("cn.yangguang.kernel.system.SystemDatabase")
        .check(web);
  }

  @Test
  void tenantDataIsNeverReadFromAStaticThreadLocal() {
    noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).check(web);
  }
}
