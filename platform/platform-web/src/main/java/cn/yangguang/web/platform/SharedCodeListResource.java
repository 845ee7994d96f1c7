package cn.yangguang.web.platform;

import cn.yangguang.kernel.codelist.CodeListEntry;
import cn.yangguang.kernel.system.SharedCodeListWriter;
import cn.yangguang.web.http.FieldError;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shared code-list entries: national ({@code province} absent) or one province's. Written only
 * here, through the audited system path; counties read them through their own code-list route.
 */
@Path("api/v1/platform/code-lists/{list}")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class SharedCodeListResource {

  @Inject CallerContext callerContext;

  @Inject SharedCodeListWriter writer;

  /** Replaces the shared entries of a list; 200 with what is now stored. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public List<CodeListEntry> replace(
      @PathParam("list") @Pattern(regexp = "[a-z0-9-]{2,60}") String list,
      @QueryParam("province") @Pattern(regexp = "\\d{2}0000") String province,
      @NotNull @Size(max = 500) List<@Valid @NotNull Entry> entries) {
    Set<String> seen = new HashSet<>();
    List<FieldError> duplicates = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!seen.add(entries.get(i).code())) {
        duplicates.add(
            new FieldError("[" + i + "].code", "duplicate code " + entries.get(i).code()));
      }
    }
    if (!duplicates.isEmpty()) {
      throw new ProblemException(
          400, "Invalid input", "codes must be unique within a list", duplicates);
    }
    String scope = province == null ? "NATIONAL" : "PROVINCE";
    List<CodeListEntry> stored =
        entries.stream()
            .map(e -> new CodeListEntry(e.code(), e.labelZh(), e.labelEn(), scope))
            .toList();
    writer.replace(province, list, stored, callerContext.actor());
    return stored;
  }

  /** One entry as sent. */
  public record Entry(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}") String code,
      @NotBlank @Size(max = 200) String labelZh,
      @Size(max = 200) String labelEn) {}
}
