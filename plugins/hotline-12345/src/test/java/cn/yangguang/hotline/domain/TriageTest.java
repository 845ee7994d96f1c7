package cn.yangguang.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriageTest {

  @Test
  void emergenciesGoToTheirNumbers() {
    assertThat(Triage.assess("楼下着火了").target()).isEqualTo("119");
    assertThat(Triage.assess("有人昏迷不醒").target()).isEqualTo("120");
    assertThat(Triage.assess("路口发生车祸").target()).isEqualTo("122");
    assertThat(Triage.assess("有人持刀抢劫").target()).isEqualTo("110");
    assertThat(Triage.assess("楼下着火了").kind()).isEqualTo(Triage.Kind.EMERGENCY);
  }

  @Test
  void mattersWithALegalRouteAreToldTheRoute() {
    Triage.Assessment a = Triage.assess("我要起诉开发商");
    assertThat(a.kind()).isEqualTo(Triage.Kind.LEGAL_ROUTE);
    assertThat(a.target()).isEqualTo("诉讼");
    assertThat(Triage.assess("劳动仲裁怎么申请").target()).isEqualTo("仲裁");
    assertThat(Triage.assess("反映干部违纪").target()).isEqualTo("纪检监察");
    assertThat(Triage.assess("对处罚决定申请行政复议").target()).isEqualTo("行政复议");
    assertThat(Triage.assess("提交信息公开申请").target()).isEqualTo("政府信息公开");
  }

  @Test
  void privateSecretOrUnlawfulRequestsAreDeclinedAndTheRestIsOrdinary() {
    assertThat(Triage.assess("帮我查询他人住址").kind()).isEqualTo(Triage.Kind.DECLINE);
    assertThat(Triage.assess("能不能帮我办假证").kind()).isEqualTo(Triage.Kind.DECLINE);
    Triage.Assessment ordinary = Triage.assess("小区路灯不亮");
    assertThat(ordinary.kind()).isEqualTo(Triage.Kind.ORDINARY);
    assertThat(ordinary.advice(true)).isEmpty();
  }
}
