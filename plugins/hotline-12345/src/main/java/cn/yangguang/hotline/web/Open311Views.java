package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.application.Intake;
import cn.yangguang.hotline.domain.Assignment;
import cn.yangguang.hotline.domain.DispatchCatalogue.Service;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.Triage;
import cn.yangguang.hotline.domain.Urgency;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The hotline's objects as GeoReport v2 writes them. Every field the specification lists is present
 * (null when unknown). What the public may not see is left out here, in one place: the caller's
 * name, phone, e-mail and account; and for a 举报 its description, address, coordinates and photo.
 * Descriptions shown are masked (phones, ID numbers).
 */
final class Open311Views {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final PluginContext context;
  private final TenantRef tenant;

  Open311Views(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
  }

  /** A service of the list. */
  static JsonObject service(Service s) {
    return Json.createObjectBuilder()
        .add("service_code", s.code())
        .add("service_name", s.name())
        .add("description", s.description())
        .add("metadata", true)
        .add("type", "realtime")
        .add("keywords", s.keywords())
        .add("group", s.group())
        .build();
  }

  /** A service's definition: the type and urgency a client may set as attributes. */
  static JsonObject definition(Service s) {
    JsonArrayBuilder types = Json.createArrayBuilder();
    for (TicketType t : TicketType.values()) {
      types.add(Json.createObjectBuilder().add("key", t.name()).add("name", t.label(true)));
    }
    JsonArrayBuilder urgencies = Json.createArrayBuilder();
    for (Urgency u : Urgency.values()) {
      urgencies.add(Json.createObjectBuilder().add("key", u.name()).add("name", u.label(true)));
    }
    return Json.createObjectBuilder()
        .add("service_code", s.code())
        .add(
            "attributes",
            Json.createArrayBuilder()
                .add(attribute("type", 1, "诉求类型（默认：" + s.type().label(true) + "）", types))
                .add(attribute("urgency", 2, "紧急程度（默认：一般）", urgencies)))
        .build();
  }

  private static JsonObjectBuilder attribute(
      String code, int order, String description, JsonArrayBuilder values) {
    return Json.createObjectBuilder()
        .add("variable", true)
        .add("code", code)
        .add("datatype", "singlevaluelist")
        .add("required", false)
        .add("datatype_description", "one of the keys")
        .add("order", order)
        .add("description", description)
        .add("values", values);
  }

  /** The answer to a POST. */
  static JsonObject created(Intake.Received r, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    Ticket t = r.ticket();
    String notice =
        r.assessment().kind() == Triage.Kind.EMERGENCY
            ? r.assessment().advice(zh)
            : (zh
                ? "已受理，工单号 " + t.number() + "，查询码 " + t.queryCode()
                : "Received as " + t.number() + ", query code " + t.queryCode());
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("service_request_id", t.number())
            .add("service_notice", notice);
    return (t.accountId() == null ? b.addNull("account_id") : b.add("account_id", t.accountId()))
        .build();
  }

  /** One service request as the public may see it. */
  JsonObject request(Ticket t) {
    JdbcTickets tickets = new JdbcTickets(context, tenant);
    JdbcCatalogue catalogue = new JdbcCatalogue(context, tenant);
    boolean report = t.type() == TicketType.REPORT;
    String serviceName =
        t.serviceCode() == null
            ? null
            : catalogue.service(t.serviceCode()).map(Service::name).orElse(null);
    Map<String, String> units = catalogue.units();
    String notes =
        tickets.events(t.id()).stream()
            .filter(e -> e.pub() && e.note() != null)
            .reduce((a, b) -> b)
            .map(e -> context.privacy().maskText(e.note()))
            .orElse(null);
    Instant expected =
        tickets.activeLead(t.id()).map(Assignment::handleClock).stream()
            .flatMap(id -> context.clocks().find(tenant, id).stream())
            .map(c -> c.dueAt())
            .findFirst()
            .orElse(null);
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("service_request_id", t.number());
    b.add("status", t.closed() ? "closed" : "open");
    put(b, "status_notes", report ? null : notes);
    put(b, "service_name", serviceName);
    put(b, "service_code", t.serviceCode());
    put(b, "description", report ? null : context.privacy().maskText(t.description()));
    put(
        b,
        "agency_responsible",
        t.leadUnit() == null ? null : units.getOrDefault(t.leadUnit(), t.leadUnit()));
    b.addNull("service_notice");
    b.add("requested_datetime", datetime(t.createdAt()));
    b.add("updated_datetime", datetime(t.updatedAt()));
    put(b, "expected_datetime", expected == null || t.closed() ? null : datetime(expected));
    put(b, "address", report ? null : t.address());
    b.addNull("address_id");
    b.addNull("zipcode");
    if (report || t.lat() == null) {
      b.addNull("lat").addNull("long");
    } else {
      b.add("lat", t.lat()).add("long", t.lon());
    }
    put(b, "media_url", report ? null : t.mediaUrl());
    return b.build();
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  /** W3C date-time with the county's offset, to the second. */
  static String datetime(Instant i) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        i.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime());
  }
}
