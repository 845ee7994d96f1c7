package cn.yangguang.hotline.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.citysim.CitySimulator;
import cn.yangguang.hotline.domain.CityPlatform.CityStep;
import cn.yangguang.hotline.domain.CityPlatform.CityTicket;
import cn.yangguang.hotline.domain.CityUnavailableException;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract between the plugin's adapter and the simulated prefecture platform: the adapter
 * reads what the city dispatched, reports each step, reads the verdicts, and turns the city's
 * refusals and silence into {@link CityUnavailableException}.
 */
class HttpCityPlatformContractTest {

  CitySimulator city;
  HttpCityPlatform adapter;

  @BeforeEach
  void start() throws Exception {
    city = new CitySimulator(0, "k");
    adapter = new HttpCityPlatform(city.endpoint() + "/", "k");
  }

  @AfterEach
  void stop() {
    city.close();
  }

  @Test
  void aCityTicketIsReadSignedRepliedAndItsVerdictComesBack() throws Exception {
    String ref =
        city.dispatch(
            "422822",
            Json.createObjectBuilder()
                .add("type", "COMPLAINT")
                .add("urgency", "URGENT")
                .add("summary", "供水中断")
                .add("description", "业州镇某小区停水两天")
                .add("callerPhone", "13900001111")
                .add("address", "业州镇")
                .build());
    city.dispatch("411624", Json.createObjectBuilder().add("summary", "别县").build());
    List<CityTicket> mine = adapter.dispatched("422822");
    assertThat(mine).extracting(CityTicket::ref).containsExactly(ref);
    CityTicket t = mine.get(0);
    assertThat(t.type()).isEqualTo("COMPLAINT");
    assertThat(t.urgency()).isEqualTo("URGENT");
    assertThat(t.callerPhone()).isEqualTo("13900001111");
    assertThat(t.callerName()).isNull();

    adapter.send(new CityStep(ref, "SIGN", "", 0));
    assertThat(adapter.dispatched("422822")).isEmpty();
    adapter.send(new CityStep(ref, "EXTENSION", "需协调供水公司", 2));
    adapter.send(new CityStep(ref, "REPLY", "已恢复供水", 0));
    assertThat(adapter.verdicts("422822")).isEmpty();

    var http = java.net.http.HttpClient.newHttpClient();
    var answer =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(city.endpoint() + "/sim/tickets/" + ref + "/call-back"))
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"satisfaction\":\"DISSATISFIED\"}"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(adapter.verdicts("422822"))
        .singleElement()
        .satisfies(v -> assertThat(v.satisfaction()).isEqualTo("DISSATISFIED"));
    // a redo is signed for again
    adapter.send(new CityStep(ref, "SIGN", "", 0));
    assertThat(adapter.verdicts("422822")).isEmpty();
  }

  @Test
  void refusalsAndSilenceAreReportedAsTheCityBeingUnavailable() {
    String ref = city.dispatch("422822", Json.createObjectBuilder().add("summary", "x").build());
    assertThatThrownBy(() -> adapter.send(new CityStep(ref, "REPLY", "太早", 0)))
        .isInstanceOf(CityUnavailableException.class)
        .hasMessageContaining("409");
    assertThatThrownBy(() -> new HttpCityPlatform(city.endpoint(), "wrong").dispatched("422822"))
        .isInstanceOf(CityUnavailableException.class)
        .hasMessageContaining("401");
    city.close();
    assertThatThrownBy(() -> adapter.dispatched("422822"))
        .isInstanceOf(CityUnavailableException.class)
        .hasMessageContaining("did not answer");
  }
}
