package cn.yangguang.casework.domain;

/**
 * The standard processes (流程固化): each a BPMN definition shipped with the platform and deployed per
 * county under its own tenant id. Steps are user tasks whose candidate group is a post code taken
 * from the item's {@link ProcessBinding}.
 */
public enum ProcessTemplate {
  /** 即办件: accepted and decided at the window, on the spot. */
  INSTANT("yg-instant", "instant"),
  /** 承诺件: accept → review → approve → deliver, within the promised limit. */
  PROMISE("yg-promise", "promise"),
  /** 联办件: accept → one review branch per department in parallel, joined → approve → deliver. */
  JOINT("yg-joint", "joint"),
  /** 上报件: a township accepts and forwards; the county department reviews, approves, delivers. */
  REFERRAL("yg-referral", "referral"),
  /** A BPMN the county uploaded, accepted by the whitelist validator. */
  CUSTOM(null, null);

  private final String definitionKey;
  private final String resource;

  ProcessTemplate(String definitionKey, String resource) {
    this.definitionKey = definitionKey;
    this.resource = resource;
  }

  /** The BPMN process id of the standard template; null for {@link #CUSTOM}. */
  public String definitionKey() {
    return definitionKey;
  }

  /** The classpath resource of the standard template's BPMN; null for {@link #CUSTOM}. */
  public String resource() {
    return resource == null ? null : "casework/templates/" + resource + ".bpmn20.xml";
  }

  /** The template a case kind implies when an item has no binding of its own. */
  public static ProcessTemplate forCaseKind(String caseKind) {
    return "IMMEDIATE".equals(caseKind) || "即办件".equals(caseKind) ? INSTANT : PROMISE;
  }
}
