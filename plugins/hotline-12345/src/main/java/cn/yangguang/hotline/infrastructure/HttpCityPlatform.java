package cn.yangguang.hotline.infrastructure;

import cn.yangguang.hotline.domain.CityPlatform;
import cn.yangguang.hotline.domain.CityUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The adapter to a prefecture's 12345 platform over HTTP and JSON (the interface the simulated city
 * platform implements; the contract test runs this adapter against it). Short timeouts: the city's
 * slowness must not hold a county's request or job for long.
 */
public final class HttpCityPlatform implements CityPlatform {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private final String endpoint;
  private final String apiKey;

  /**
   * An adapter.
   *
   * @param endpoint the platform's base address, e.g. {@code http://127.0.0.1:8091}
   * @param apiKey the key the city gave the county
   */
  public HttpCityPlatform(String endpoint, String apiKey) {
    this.endpoint = endpoint.replaceAll("/+$", "");
    this.apiKey = apiKey;
  }

  @Override
  public List<CityTicket> dispatched(String county) {
    List<CityTicket> out = new ArrayList<>();
    for (JsonObject o : array(get("/api/v1/counties/" + encode(county) + "/tickets"))) {
      out.add(
          new CityTicket(
              o.getString("ref"),
              o.getString("type", "HELP"),
              o.getString("urgency", "NORMAL"),
              o.getString("summary", ""),
              o.getString("description", ""),
              blankToNull(o.getString("callerName", "")),
              blankToNull(o.getString("callerPhone", "")),
              blankToNull(o.getString("address", "")),
              Instant.parse(o.getString("dispatchedAt"))));
    }
    return out;
  }

  @Override
  public List<CityVerdict> verdicts(String county) {
    List<CityVerdict> out = new ArrayList<>();
    for (JsonObject o : array(get("/api/v1/counties/" + encode(county) + "/verdicts"))) {
      out.add(new CityVerdict(o.getString("ref"), o.getString("satisfaction")));
    }
    return out;
  }

  @Override
  public void send(CityStep step) {
    String body =
        Json.createObjectBuilder()
            .add("kind", step.kind())
            .add("text", step.text())
            .add("days", step.days())
            .build()
            .toString();
    HttpRequest request =
        base("/api/v1/tickets/" + encode(step.ref()) + "/steps")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    exchange(request);
  }

  private String get(String path) {
    return exchange(base(path).GET().build());
  }

  private HttpRequest.Builder base(String path) {
    return HttpRequest.newBuilder(URI.create(endpoint + path))
        .timeout(Duration.ofSeconds(5))
        .header("X-Api-Key", apiKey)
        .header("Accept", "application/json");
  }

  private String exchange(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CityUnavailableException(
          "the city platform at " + endpoint + " did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CityUnavailableException("interrupted while calling the city platform", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new CityUnavailableException(
          "the city platform answered " + response.statusCode() + ": " + response.body(), null);
    }
    return response.body();
  }

  private static List<JsonObject> array(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      JsonArray a = r.readArray();
      return a.getValuesAs(JsonObject.class);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
