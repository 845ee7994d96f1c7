package cn.yangguang.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

  @Test
  void theForwardTransformMatchesThePublishedExample() {
    // coordtransform's README: wgs84togcj02(116.404, 39.915) = [116.41024449916938,
    // 39.91640428150164]
    Coordinates gcj = new Coordinates(39.915, 116.404).toGcj02();
    assertThat(gcj.lon()).isCloseTo(116.41024449916938, within(1e-9));
    assertThat(gcj.lat()).isCloseTo(39.91640428150164, within(1e-9));
  }

  @Test
  void aGcj02PointIsStoredAsTheWgs84PointItCameFrom() {
    Coordinates jianshi = new Coordinates(30.6017, 109.7226);
    Coordinates shifted = jianshi.toGcj02();
    // the obfuscation moves a point in China by hundreds of metres
    assertThat(Math.abs(shifted.lat() - jianshi.lat()) + Math.abs(shifted.lon() - jianshi.lon()))
        .isGreaterThan(0.001);
    Coordinates back = Coordinates.fromGcj02(shifted.lat(), shifted.lon());
    assertThat(back.lat()).isCloseTo(jianshi.lat(), within(1e-7));
    assertThat(back.lon()).isCloseTo(jianshi.lon(), within(1e-7));
  }

  @Test
  void outsideChinaNothingMoves() {
    Coordinates paris = Coordinates.fromGcj02(48.8566, 2.3522);
    assertThat(paris).isEqualTo(new Coordinates(48.8566, 2.3522));
  }

  @Test
  void outOfRangeCoordinatesNameTheirField() {
    assertThatThrownBy(() -> new Coordinates(91, 0))
        .isInstanceOf(TicketException.class)
        .extracting(e -> ((TicketException) e).field())
        .isEqualTo("lat");
    assertThatThrownBy(() -> new Coordinates(0, 181))
        .extracting(e -> ((TicketException) e).field())
        .isEqualTo("long");
  }
}
