package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dev clock of the local stack: forward only, audited, validated. */
@ExtendWith(TestStack.class)
@Order(70)
class ClockIT {

  @Test
  void movesForwardOnly() {
    Http op = TestStack.http().asOperator();
    Instant before = Instant.parse(op.get("/api/v1/platform/clock").json().getString("now"));
    Http.Reply moved =
        op.post("/api/v1/platform/clock/advance", "application/json", "{\"days\":3,\"hours\":2}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    Instant after = Instant.parse(moved.json().getString("now"));
    assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofHours(74));

    Http.Reply backwards =
        op.post("/api/v1/platform/clock/advance", "application/json", "{\"days\":-1}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("days");
    assertThat(op.post("/api/v1/platform/clock/advance", "application/json", "{}").status())
        .isEqualTo(400);
  }
}
