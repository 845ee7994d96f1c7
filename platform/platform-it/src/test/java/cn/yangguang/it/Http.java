package cn.yangguang.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small typed client for the platform's HTTP API, used by every integration test. */
public final class Http {

  /**
   * HTTP/1.1 only: the JDK client otherwise upgrades to HTTP/2, and the server closes an HTTP/2
   * connection that carries no frame for its idle timeout (30 s) under a request still being worked
   * on (a large import, the OpenAPI document on a loaded machine), which the test sees as "EOF
   * reached while reading". HTTP/1.1's keep-alive timeout runs only between requests.
   */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String base;
  private final String operatorToken;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private HttpClient.Version version;

  Http(String base, String operatorToken) {
    this.base = base;
    this.operatorToken = operatorToken;
  }

  /** The same client sending the operator's bearer token. */
  public Http asOperator() {
    return header("Authorization", "Bearer " + operatorToken);
  }

  /** The same client sending a demo account's access token from the test stack's Keycloak. */
  public Http as(String username) {
    return bearer(Tokens.of(username));
  }

  /** The same client sending this bearer token. */
  public Http bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  /** The same client with one more header on every request. */
  public Http header(String name, String value) {
    Http copy = new Http(base, operatorToken);
    copy.headers.putAll(headers);
    copy.headers.put(name, value);
    copy.version = version;
    return copy;
  }

  /**
   * The same client speaking HTTP/1.1, for a request the server works on for tens of seconds: an
   * HTTP/2 connection that carries no frame for the server's idle timeout (30 s) is closed under
   * the waiting request, while HTTP/1.1's keep-alive timeout only runs between requests.
   */
  public Http http11() {
    Http copy = new Http(base, operatorToken);
    copy.headers.putAll(headers);
    copy.version = HttpClient.Version.HTTP_1_1;
    return copy;
  }

  /** GET. */
  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  /** POST with a body of the given type (null body: empty). */
  public Reply post(String path, String contentType, String body) {
    return send(
        "POST",
        path,
        contentType,
        body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  /** POST with raw bytes. */
  public Reply post(String path, String contentType, byte[] body) {
    return send("POST", path, contentType, body);
  }

  /** POST with a JSON body. */
  public Reply postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  /** PUT. */
  public Reply put(String path, String contentType, String body) {
    return send("PUT", path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Any method with any body. */
  public Reply send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    headers.forEach(b::header);
    if (version != null) {
      b.version(version);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * GET with an explicit Host header, over a plain socket: the JDK client will not send a Host of
   * the caller's choosing. Only the status and body are read (HTTP/1.0, connection closed by the
   * server).
   */
  public Reply getWithHost(String path, String host) {
    URI uri = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String request =
          "GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: text/html\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      byte[] all = socket.getInputStream().readAllBytes();
      String text = new String(all, StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      int status = Integer.parseInt(text.substring(9, 12));
      String head = text.substring(0, split);
      String type =
          head.lines()
              .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
              .map(l -> l.substring(13).strip())
              .findFirst()
              .orElse("");
      return new Reply(
          status, type, text.substring(split + 4).getBytes(StandardCharsets.UTF_8), null, head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer. */
  public record Reply(
      int status, String contentType, byte[] bytes, HttpResponse<byte[]> raw, String head) {

    /** The body as UTF-8 text. */
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object. */
    public JsonObject json() {
      return (JsonObject) structure();
    }

    /** The body as a JSON array. */
    public JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.read();
      } catch (RuntimeException e) {
        throw new AssertionError("not JSON (status " + status + "): " + body(), e);
      }
    }

    /** A header's first value, or null. */
    public String header(String name) {
      if (raw != null) {
        return raw.headers().firstValue(name).orElse(null);
      }
      String prefix = name.toLowerCase(java.util.Locale.ROOT) + ":";
      return head == null
          ? null
          : head.lines()
              .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
              .map(l -> l.substring(prefix.length()).strip())
              .findFirst()
              .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body();
    }
  }
}
