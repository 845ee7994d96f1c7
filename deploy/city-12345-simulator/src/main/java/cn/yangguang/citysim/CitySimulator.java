package cn.yangguang.citysim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated prefecture 12345 platform. It keeps tickets in memory and speaks the county interface
 * the hotline plugin's adapter uses:
 *
 * <ul>
 *   <li>{@code GET /api/v1/counties/{county}/tickets}: tickets dispatched to the county, not yet
 *       signed for (or redone after dissatisfaction)
 *   <li>{@code GET /api/v1/counties/{county}/verdicts}: the latest call-back verdict of each ticket
 *       closed or sent back for redo
 *   <li>{@code POST /api/v1/tickets/{ref}/steps} {@code {kind, text, days}}: SIGN, RETURN,
 *       EXTENSION, REPLY; 409 when the ticket's state does not allow it
 * </ul>
 *
 * every call with the county's key in {@code X-Api-Key}; and a control interface for tests and
 * demonstrations: {@code POST /sim/tickets} dispatches a new ticket, {@code GET /sim/tickets/{ref}}
 * shows one with the steps received, {@code POST /sim/tickets/{ref}/call-back} {@code
 * {satisfaction}} records the city's call-back. Thread-safe (one lock).
 */
public final class CitySimulator implements AutoCloseable {

  private static final Pattern COUNTY =
      Pattern.compile("/api/v1/counties/([^/]+)/(tickets|verdicts)");
  private static final Pattern STEP = Pattern.compile("/api/v1/tickets/([^/]+)/steps");
  private static final Pattern SIM = Pattern.compile("/sim/tickets/([^/]+)(/call-back)?");

  private final HttpServer server;
  private final String apiKey;
  private final Map<String, Ticket> tickets = new LinkedHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private static final class Ticket {
    final String ref;
    final String county;
    final JsonObject fields;
    final Instant dispatchedAt = Instant.now();
    final List<JsonObject> steps = new ArrayList<>();
    String state = "DISPATCHED";
    String satisfaction;

    Ticket(String ref, String county, JsonObject fields) {
      this.ref = ref;
      this.county = county;
      this.fields = fields;
    }
  }

  /**
   * Starts a simulator.
   *
   * @param port the port on the loopback address, 0 for any free one
   * @param apiKey the key counties must send
   */
  public CitySimulator(int port, String apiKey) throws IOException {
    this.apiKey = apiKey;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8091}. */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Dispatches a ticket to a county, as the city's call-takers do; returns its reference. */
  public String dispatch(String county, JsonObject fields) {
    synchronized (tickets) {
      String ref = "SZ" + String.format("%06d", sequence.incrementAndGet());
      tickets.put(ref, new Ticket(ref, county, fields));
      return ref;
    }
  }

  private boolean closed;

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.stop(0);
    }
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      String path = x.getRequestURI().getPath();
      String method = x.getRequestMethod();
      synchronized (tickets) {
        if (path.startsWith("/api/")
            && !apiKey.equals(x.getRequestHeaders().getFirst("X-Api-Key"))) {
          send(x, 401, error("missing or wrong X-Api-Key"));
          return;
        }
        Matcher m;
        if ("GET".equals(method) && (m = COUNTY.matcher(path)).matches()) {
          send(x, 200, m.group(2).equals("tickets") ? open(m.group(1)) : verdicts(m.group(1)));
        } else if ("POST".equals(method) && (m = STEP.matcher(path)).matches()) {
          step(x, m.group(1), body(x));
        } else if ("POST".equals(method) && path.equals("/sim/tickets")) {
          JsonObject b = body(x);
          String ref = dispatch(b.getString("county", ""), b);
          send(x, 201, Json.createObjectBuilder().add("ref", ref).build().toString());
        } else if ((m = SIM.matcher(path)).matches()) {
          Ticket t = tickets.get(m.group(1));
          if (t == null) {
            send(x, 404, error("no ticket " + m.group(1)));
          } else if (m.group(2) == null && "GET".equals(method)) {
            send(x, 200, view(t).toString());
          } else if (m.group(2) != null && "POST".equals(method)) {
            callBack(x, t, body(x));
          } else {
            send(x, 405, error(method + " not allowed"));
          }
        } else {
          send(x, 404, error("nothing at " + path));
        }
      }
    } catch (RuntimeException e) {
      send(x, 400, error(String.valueOf(e.getMessage())));
    } finally {
      x.close();
    }
  }

  private String open(String county) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (Ticket t : tickets.values()) {
      if (t.county.equals(county) && t.state.equals("DISPATCHED")) {
        out.add(
            Json.createObjectBuilder()
                .add("ref", t.ref)
                .add("type", t.fields.getString("type", "HELP"))
                .add("urgency", t.fields.getString("urgency", "NORMAL"))
                .add("summary", t.fields.getString("summary", ""))
                .add("description", t.fields.getString("description", ""))
                .add("callerName", t.fields.getString("callerName", ""))
                .add("callerPhone", t.fields.getString("callerPhone", ""))
                .add("address", t.fields.getString("address", ""))
                .add("dispatchedAt", t.dispatchedAt.toString()));
      }
    }
    return out.build().toString();
  }

  private String verdicts(String county) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (Ticket t : tickets.values()) {
      if (t.county.equals(county) && (t.state.equals("CLOSED") || t.state.equals("REDO"))) {
        out.add(Json.createObjectBuilder().add("ref", t.ref).add("satisfaction", t.satisfaction));
      }
    }
    return out.build().toString();
  }

  private void step(HttpExchange x, String ref, JsonObject b) throws IOException {
    Ticket t = tickets.get(ref);
    if (t == null) {
      send(x, 404, error("no ticket " + ref));
      return;
    }
    String kind = b.getString("kind", "");
    String next =
        switch (kind) {
          case "SIGN" -> t.state.equals("DISPATCHED") || t.state.equals("REDO") ? "SIGNED" : null;
          case "RETURN" -> t.state.equals("DISPATCHED") ? "RETURNED" : null;
          case "EXTENSION" -> t.state.equals("SIGNED") ? "SIGNED" : null;
          case "REPLY" -> t.state.equals("SIGNED") ? "REPLIED" : null;
          default -> "";
        };
    if (next == null) {
      send(x, 409, error(kind + " is not allowed on a " + t.state + " ticket"));
      return;
    }
    if (next.isEmpty()) {
      send(x, 400, error("kind is SIGN, RETURN, EXTENSION or REPLY"));
      return;
    }
    if (!kind.equals("SIGN") && b.getString("text", "").isBlank()) {
      send(x, 400, error(kind + " needs its text"));
      return;
    }
    t.steps.add(b);
    t.state = next;
    send(x, 200, Json.createObjectBuilder().add("ref", ref).add("state", next).build().toString());
  }

  private void callBack(HttpExchange x, Ticket t, JsonObject b) throws IOException {
    if (!t.state.equals("REPLIED")) {
      send(x, 409, error("only a replied ticket is called back"));
      return;
    }
    String s = b.getString("satisfaction", "");
    if (!List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED").contains(s)) {
      send(x, 400, error("satisfaction is SATISFIED, BASICALLY_SATISFIED or DISSATISFIED"));
      return;
    }
    t.satisfaction = s;
    t.state = s.equals("DISSATISFIED") ? "REDO" : "CLOSED";
    send(x, 200, view(t).toString());
  }

  private static JsonObject view(Ticket t) {
    JsonArrayBuilder steps = Json.createArrayBuilder();
    t.steps.forEach(steps::add);
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("ref", t.ref)
            .add("county", t.county)
            .add("state", t.state)
            .add("steps", steps);
    if (t.satisfaction != null) {
      b.add("satisfaction", t.satisfaction);
    }
    return b.build();
  }

  private static JsonObject body(HttpExchange x) throws IOException {
    String text = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    try (JsonReader r = Json.createReader(new StringReader(text.isBlank() ? "{}" : text))) {
      return r.readObject();
    }
  }

  private static String error(String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }

  private static void send(HttpExchange x, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Runs a simulator until killed: {@code CitySimulator [port] [apiKey]}. */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8091;
    String key = args.length > 1 ? args[1] : "demo-city-key";
    CitySimulator sim = new CitySimulator(port, key);
    System.out.println("simulated city 12345 platform at " + sim.endpoint());
  }
}
