package cn.yangguang.casework.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Decides whether a county's own BPMN may run on the shared engine (DESIGN.md "Workflow", ADR
 * 0022). The engine would otherwise run arbitrary code, so only a whitelist passes: start and end
 * events without definitions, user tasks bound to the county's own posts (or to the binding's post
 * variables), exclusive and parallel gateways, sequence flows whose conditions use a small grammar,
 * and parallel or sequential multi-instance over a plain variable. Scripts, service/shell/class
 * tasks, listeners, expressions elsewhere, timers, messages, call activities and anything unknown
 * are refused, each problem naming the element.
 *
 * <p>Stateless and thread-safe. Parsing refuses DTDs and external entities.
 */
public final class BpmnWhitelist {

  /** One reason a definition is refused. */
  public record Problem(String element, String reason) {
    @Override
    public String toString() {
      return element + ": " + reason;
    }
  }

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String FLOWABLE = "http://flowable.org/bpmn";
  private static final Set<String> FLOW_ELEMENTS =
      Set.of(
          "startEvent",
          "endEvent",
          "userTask",
          "exclusiveGateway",
          "parallelGateway",
          "sequenceFlow",
          "documentation");
  private static final Set<String> POST_VARIABLES =
      Set.of("${acceptPost}", "${reviewPost}", "${approvePost}", "${branchPost}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
  private static final Pattern CONDITION =
      Pattern.compile(
          "\\$\\{\\s*!?[A-Za-z][A-Za-z0-9_]*(\\s*(==|!=)\\s*('[^'$#{}\\\\]{0,40}'|true|false|\\d{1,6}))?"
              + "(\\s*(&&|\\|\\|)\\s*!?[A-Za-z][A-Za-z0-9_]*(\\s*(==|!=)\\s*('[^'$#{}\\\\]{0,40}'|true|false|\\d{1,6}))?)*\\s*}");

  private BpmnWhitelist() {}

  /**
   * Checks a definition.
   *
   * @param xml the BPMN 2.0 XML
   * @param key the process id it must declare (the county's definition key)
   * @param posts the county's post codes
   * @return every problem; empty when the definition may be deployed
   */
  public static List<Problem> check(String xml, String key, Set<String> posts) {
    List<Problem> problems = new ArrayList<>();
    Element root;
    try {
      root = parse(xml).getDocumentElement();
    } catch (Exception e) {
      return List.of(
          new Problem("document", "is not well-formed XML without a DTD: " + e.getMessage()));
    }
    if (!BPMN.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
      return List.of(new Problem("document", "is not a BPMN 2.0 definitions element"));
    }
    List<Element> processes = new ArrayList<>();
    for (Element child : children(root)) {
      if (BPMN.equals(child.getNamespaceURI()) && "process".equals(child.getLocalName())) {
        processes.add(child);
      } else if (!isDiagram(child)) {
        problems.add(new Problem(describe(child), "is not allowed at the top level"));
      }
    }
    if (processes.size() != 1) {
      problems.add(new Problem("definitions", "must contain exactly one process"));
      return problems;
    }
    Element process = processes.get(0);
    if (!key.equals(process.getAttribute("id"))) {
      problems.add(new Problem(describe(process), "must have the id " + key));
    }
    checkAttributes(process, Set.of("id", "name", "isExecutable"), problems);
    int starts = 0;
    for (Element e : children(process)) {
      String name = e.getLocalName();
      if (!BPMN.equals(e.getNamespaceURI()) || !FLOW_ELEMENTS.contains(name)) {
        problems.add(
            new Problem(
                describe(e), "is not allowed (only user tasks, gateways, events and flows)"));
        continue;
      }
      switch (name) {
        case "startEvent" -> {
          starts++;
          checkEmpty(e, problems);
          checkAttributes(e, Set.of("id", "name"), problems);
        }
        case "endEvent", "exclusiveGateway", "parallelGateway" -> {
          checkEmpty(e, problems);
          checkAttributes(e, Set.of("id", "name", "default"), problems);
        }
        case "userTask" -> checkUserTask(e, posts, problems);
        case "sequenceFlow" -> checkFlow(e, problems);
        default -> {
          // documentation: text only
        }
      }
    }
    if (starts != 1) {
      problems.add(new Problem(describe(process), "must have exactly one start event"));
    }
    return problems;
  }

  private static void checkUserTask(Element task, Set<String> posts, List<Problem> problems) {
    checkAttributes(task, Set.of("id", "name", "flowable:candidateGroups"), problems);
    String groups = task.getAttributeNS(FLOWABLE, "candidateGroups");
    if (groups.isBlank()) {
      problems.add(
          new Problem(describe(task), "must be bound to a post (flowable:candidateGroups)"));
    }
    for (String g : groups.split(",")) {
      String group = g.strip();
      if (!group.isEmpty() && !posts.contains(group) && !POST_VARIABLES.contains(group)) {
        problems.add(
            new Problem(
                describe(task), "candidate group " + group + " is not a post of this county"));
      }
    }
    for (Element child : children(task)) {
      if (BPMN.equals(child.getNamespaceURI())
          && "multiInstanceLoopCharacteristics".equals(child.getLocalName())) {
        checkAttributes(
            child,
            Set.of("isSequential", "flowable:collection", "flowable:elementVariable"),
            problems);
        String collection = child.getAttributeNS(FLOWABLE, "collection");
        String element = child.getAttributeNS(FLOWABLE, "elementVariable");
        if (!NAME.matcher(collection).matches() || !NAME.matcher(element).matches()) {
          problems.add(
              new Problem(
                  describe(task),
                  "multi-instance must name a plain collection and element variable"));
        }
        if (!children(child).isEmpty()) {
          problems.add(
              new Problem(
                  describe(task), "multi-instance may not carry conditions or expressions"));
        }
      } else if (!(BPMN.equals(child.getNamespaceURI())
          && "documentation".equals(child.getLocalName()))) {
        problems.add(
            new Problem(describe(task), describe(child) + " is not allowed inside a user task"));
      }
    }
  }

  private static void checkFlow(Element flow, List<Problem> problems) {
    checkAttributes(flow, Set.of("id", "name", "sourceRef", "targetRef"), problems);
    for (Element child : children(flow)) {
      if (BPMN.equals(child.getNamespaceURI())
          && "conditionExpression".equals(child.getLocalName())) {
        String text = child.getTextContent().strip();
        if (!CONDITION.matcher(text).matches()) {
          problems.add(
              new Problem(
                  describe(flow),
                  "condition "
                      + text
                      + " is outside the allowed grammar (${var}, ${var == 'value'}, && ||)"));
        }
        for (Element nested : children(child)) {
          problems.add(
              new Problem(describe(flow), describe(nested) + " is not allowed in a condition"));
        }
      } else {
        problems.add(new Problem(describe(flow), describe(child) + " is not allowed in a flow"));
      }
    }
  }

  private static void checkEmpty(Element e, List<Problem> problems) {
    for (Element child : children(e)) {
      if (!(BPMN.equals(child.getNamespaceURI()) && "documentation".equals(child.getLocalName()))) {
        problems.add(new Problem(describe(e), describe(child) + " is not allowed here"));
      }
    }
  }

  /** Refuses every attribute but the listed ones (prefix {@code flowable:} for the engine's). */
  private static void checkAttributes(Element e, Set<String> allowed, List<Problem> problems) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String ns = a.getNamespaceURI();
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
        continue;
      }
      String name =
          FLOWABLE.equals(ns)
              ? "flowable:" + a.getLocalName()
              : ns == null ? a.getLocalName() : "{" + ns + "}" + a.getLocalName();
      if (!allowed.contains(name)) {
        problems.add(new Problem(describe(e), "attribute " + name + " is not allowed"));
      }
    }
  }

  private static boolean isDiagram(Element e) {
    return "BPMNDiagram".equals(e.getLocalName()) || "documentation".equals(e.getLocalName());
  }

  private static String describe(Element e) {
    String id = e.getAttribute("id");
    return e.getLocalName() + (id.isEmpty() ? "" : " '" + id + "'");
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) nodes.item(i));
      }
    }
    return out;
  }

  private static org.w3c.dom.Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
