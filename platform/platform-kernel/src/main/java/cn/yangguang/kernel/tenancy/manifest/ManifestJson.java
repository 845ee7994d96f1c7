package cn.yangguang.kernel.tenancy.manifest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The manifest as stored in the registry ({@code yg.tenant.manifest}, jsonb). */
public final class ManifestJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ManifestJson() {}

  /** The manifest as a JSON document. */
  public static String toJson(TenantManifest manifest) {
    return JSONB.toJson(manifest);
  }

  /** The branding entries of a stored manifest (empty when it has none). */
  public static Map<String, String> branding(String manifestJson) {
    Map<String, String> out = new LinkedHashMap<>();
    if (manifestJson == null) {
      return out;
    }
    try (JsonReader reader = Json.createReader(new StringReader(manifestJson))) {
      JsonObject root = reader.readObject();
      JsonValue branding = root.get("branding");
      if (branding instanceof JsonObject b) {
        b.forEach(
            (k, v) ->
                out.put(
                    k,
                    v.getValueType() == JsonValue.ValueType.STRING
                        ? b.getString(k)
                        : v.toString()));
      }
    }
    return out;
  }

  /**
   * The office hours of a stored manifest ({@code HH:mm-HH:mm} periods; empty when it has none).
   */
  public static java.util.List<String> workingHours(String manifestJson) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (manifestJson == null) {
      return out;
    }
    try (JsonReader reader = Json.createReader(new StringReader(manifestJson))) {
      JsonValue hours = reader.readObject().get("workingHours");
      if (hours instanceof jakarta.json.JsonArray a) {
        a.getValuesAs(jakarta.json.JsonString.class).forEach(v -> out.add(v.getString()));
      }
    }
    return out;
  }
}
