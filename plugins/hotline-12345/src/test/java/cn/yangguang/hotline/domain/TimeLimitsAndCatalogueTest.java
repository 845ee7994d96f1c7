package cn.yangguang.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLimitsAndCatalogueTest {

  @Test
  void standardLimitsFollowTypeAndUrgency() {
    assertThat(TimeLimits.standard(TimeLimits.Step.SIGN, TicketType.HELP, Urgency.NORMAL))
        .isEqualTo(new TimeLimits.Limit(1, TimeLimits.Unit.WORKING_DAYS));
    assertThat(TimeLimits.standard(TimeLimits.Step.HANDLE, TicketType.COMPLAINT, Urgency.NORMAL))
        .isEqualTo(new TimeLimits.Limit(15, TimeLimits.Unit.WORKING_DAYS));
    assertThat(TimeLimits.standard(TimeLimits.Step.HANDLE, TicketType.CONSULT, Urgency.EMERGENCY))
        .isEqualTo(new TimeLimits.Limit(2, TimeLimits.Unit.HOURS));
    assertThatThrownBy(() -> new TimeLimits.Limit(400, TimeLimits.Unit.HOURS))
        .isInstanceOf(TicketException.class);
  }

  @Test
  void aPlaceRuleWinsOverTheServicesGeneralRule() {
    List<DispatchCatalogue.Rule> rules =
        List.of(
            new DispatchCatalogue.Rule("noise", "", "jsx-sthj", List.of("jsx-gaj")),
            new DispatchCatalogue.Rule("noise", "花坪镇", "jsx-hpz", List.of()));
    assertThat(DispatchCatalogue.route(rules, "noise", "建始县花坪镇集镇").orElseThrow().leadUnit())
        .isEqualTo("jsx-hpz");
    assertThat(DispatchCatalogue.route(rules, "noise", "建始县业州镇").orElseThrow().leadUnit())
        .isEqualTo("jsx-sthj");
    assertThat(DispatchCatalogue.route(rules, "streetlight", "业州镇")).isEmpty();
    assertThatThrownBy(() -> new DispatchCatalogue.Rule("noise", "", "a", List.of("a")))
        .isInstanceOf(TicketException.class);
  }
}
