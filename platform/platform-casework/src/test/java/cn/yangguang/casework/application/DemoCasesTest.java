package cn.yangguang.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.casework.domain.Applicant;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class DemoCasesTest {

  @Test
  void everyDemoApplicantIsValid() throws Exception {
    Field f = DemoCases.class.getDeclaredField("PEOPLE");
    f.setAccessible(true);
    for (String[] p : (String[][]) f.get(null)) {
      assertThat(new Applicant("PERSON", p[0], p[1], p[2]).problems()).as(p[0]).isEmpty();
    }
  }
}
