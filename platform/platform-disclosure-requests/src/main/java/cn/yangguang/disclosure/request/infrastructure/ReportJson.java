package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.ReportRow;
import cn.yangguang.disclosure.request.domain.Table2;
import cn.yangguang.disclosure.request.domain.Table3;
import cn.yangguang.disclosure.request.domain.Table4;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A published report's frozen tables as stored JSON (and Table 4, the narrative as drafts). */
final class ReportJson {

  private ReportJson() {}

  static String write(AnnualReport r) {
    Table2 t2 = r.table2();
    Table3 t3 = r.table3();
    JsonObjectBuilder rows = Json.createObjectBuilder();
    t3.outcomes().forEach((row, c) -> rows.add(row.name(), counts(c)));
    return Json.createObjectBuilder()
        .add("agency", r.agencyCode())
        .add("year", r.year())
        .add(
            "table2",
            Json.createObjectBuilder()
                .add("rules", docs(t2.rules()))
                .add("normative", docs(t2.normative()))
                .add("licensing", t2.licensingDecisions())
                .add("penalty", t2.penaltyDecisions())
                .add("enforcement", t2.enforcementDecisions())
                .add("fees", t2.feesTenThousandYuan()))
        .add(
            "table3",
            Json.createObjectBuilder()
                .add("received", counts(t3.received()))
                .add("carriedIn", counts(t3.carriedIn()))
                .add("rows", rows)
                .add("total", counts(t3.outcomeTotal()))
                .add("carriedOut", counts(t3.carriedOut()))
                .add("carriedInFromReport", t3.carriedInFromReport()))
        .add("table4", table4(r.table4()))
        .add("narrative", narrative(r.narrative()))
        .add("publishedAt", String.valueOf(r.publishedAt()))
        .add("documentId", String.valueOf(r.documentId()))
        .build()
        .toString();
  }

  static AnnualReport read(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    JsonObject t2 = o.getJsonObject("table2");
    JsonObject t3 = o.getJsonObject("table3");
    Map<ReportRow, Table3.Counts> rows = new EnumMap<>(ReportRow.class);
    for (ReportRow row : ReportRow.values()) {
      JsonArray a = t3.getJsonObject("rows").getJsonArray(row.name());
      rows.put(row, a == null ? Table3.Counts.zero() : counts(a));
    }
    String doc = o.getString("documentId", "null");
    String at = o.getString("publishedAt", "null");
    return new AnnualReport(
        o.getString("agency"),
        o.getInt("year"),
        new Table2(
            docs(t2.getJsonObject("rules")),
            docs(t2.getJsonObject("normative")),
            t2.getInt("licensing"),
            t2.getInt("penalty"),
            t2.getInt("enforcement"),
            t2.getJsonNumber("fees").bigDecimalValue()),
        new Table3(
            o.getInt("year"),
            counts(t3.getJsonArray("received")),
            counts(t3.getJsonArray("carriedIn")),
            rows,
            counts(t3.getJsonArray("total")),
            counts(t3.getJsonArray("carriedOut")),
            t3.getBoolean("carriedInFromReport")),
        table4(o.getJsonObject("table4")),
        narrative(o.getJsonObject("narrative")),
        AnnualReport.Status.PUBLISHED,
        "null".equals(at) ? null : Instant.parse(at),
        "null".equals(doc) ? null : UUID.fromString(doc));
  }

  static String table4Json(Table4 t) {
    return table4(t).toString();
  }

  static Table4 table4(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    return o.isEmpty() ? Table4.empty() : table4(o);
  }

  static String narrativeJson(Narrative n) {
    return narrative(n).toString();
  }

  static Narrative narrative(String json) {
    return narrative(Json.createReader(new StringReader(json)).readObject());
  }

  private static JsonObject table4(Table4 t) {
    return Json.createObjectBuilder()
        .add("reconsideration", ints(t.reconsideration()))
        .add("litigationDirect", ints(t.litigationDirect()))
        .add("litigationAfter", ints(t.litigationAfter()))
        .build();
  }

  private static Table4 table4(JsonObject o) {
    return new Table4(
        ints(o.getJsonArray("reconsideration")),
        ints(o.getJsonArray("litigationDirect")),
        ints(o.getJsonArray("litigationAfter")));
  }

  private static JsonObject narrative(Narrative n) {
    return Json.createObjectBuilder()
        .add("overview", n.overview())
        .add("problems", n.problems())
        .add("other", n.other())
        .build();
  }

  private static Narrative narrative(JsonObject o) {
    return new Narrative(
        o.getString("overview", ""), o.getString("problems", ""), o.getString("other", ""));
  }

  private static JsonObjectBuilder docs(Table2.DocumentCounts d) {
    return Json.createObjectBuilder()
        .add("issued", d.issued())
        .add("repealed", d.repealed())
        .add("inForce", d.inForce());
  }

  private static Table2.DocumentCounts docs(JsonObject o) {
    return new Table2.DocumentCounts(o.getInt("issued"), o.getInt("repealed"), o.getInt("inForce"));
  }

  private static JsonArrayBuilder counts(Table3.Counts c) {
    return ints(c.byType());
  }

  private static Table3.Counts counts(JsonArray a) {
    return new Table3.Counts(ints(a));
  }

  private static JsonArrayBuilder ints(int[] values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (int v : values) {
      b.add(v);
    }
    return b;
  }

  private static int[] ints(JsonArray a) {
    int[] out = new int[a == null ? 0 : a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.getInt(i);
    }
    return out;
  }
}
