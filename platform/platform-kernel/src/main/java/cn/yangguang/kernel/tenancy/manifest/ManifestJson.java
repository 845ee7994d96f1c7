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
}
