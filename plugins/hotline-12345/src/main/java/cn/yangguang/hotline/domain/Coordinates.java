package cn.yangguang.hotline.domain;

/**
 * A point as stored: WGS84, the datum Open311 and GPS use. Chinese web maps (高德, 腾讯) give GCJ-02
 * coordinates, shifted by up to a few hundred metres by a published obfuscation; {@link #fromGcj02}
 * undoes it by the standard iterative inversion of the forward transform (accurate to well under a
 * metre inside China; outside China GCJ-02 equals WGS84 and nothing moves). No maintained Java
 * library for it is served here (ADR 0046), so this is the published formula, unit-tested against
 * known points.
 *
 * @param lat latitude, -90..90
 * @param lon longitude, -180..180
 */
public record Coordinates(double lat, double lon) {

  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;

  /** Checks the ranges. */
  public Coordinates {
    if (!(lat >= -90 && lat <= 90)) {
      throw new TicketException("lat", "lat must be between -90 and 90");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new TicketException("long", "long must be between -180 and 180");
    }
  }

  /** WGS84 to GCJ-02 (the forward transform). */
  public Coordinates toGcj02() {
    if (outsideChina(lat, lon)) {
      return this;
    }
    double[] d = delta(lat, lon);
    return new Coordinates(lat + d[0], lon + d[1]);
  }

  /** A GCJ-02 point converted to WGS84. */
  public static Coordinates fromGcj02(double lat, double lon) {
    Coordinates given = new Coordinates(lat, lon);
    if (outsideChina(lat, lon)) {
      return given;
    }
    double wLat = lat;
    double wLon = lon;
    for (int i = 0; i < 10; i++) {
      double[] d = delta(wLat, wLon);
      double nLat = lat - d[0];
      double nLon = lon - d[1];
      boolean done = Math.abs(nLat - wLat) < 1e-9 && Math.abs(nLon - wLon) < 1e-9;
      wLat = nLat;
      wLon = nLon;
      if (done) {
        break;
      }
    }
    return new Coordinates(wLat, wLon);
  }

  private static boolean outsideChina(double lat, double lon) {
    return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
  }

  private static double[] delta(double lat, double lon) {
    double dLat = transformLat(lon - 105.0, lat - 35.0);
    double dLon = transformLon(lon - 105.0, lat - 35.0);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {dLat, dLon};
  }

  private static double transformLat(double x, double y) {
    double ret =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double transformLon(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret +=
        (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
