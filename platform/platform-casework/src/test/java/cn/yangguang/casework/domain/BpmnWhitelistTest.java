package cn.yangguang.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BpmnWhitelistTest {

  private static final Set<String> POSTS = Set.of("jsx-fgj-clerk", "jsx-fgj-review");

  private static String process(String body) {
    return """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:flowable="http://flowable.org/bpmn" targetNamespace="x">
          <process id="own" isExecutable="true">
            <startEvent id="s"/>
            <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <userTask id="t" name="审核" flowable:candidateGroups="jsx-fgj-review"/>
            %s
            <sequenceFlow id="f9" sourceRef="t" targetRef="e"/>
            <endEvent id="e"/>
          </process>
        </definitions>
        """
        .formatted(body);
  }

  @ParameterizedTest
  @EnumSource(
      value = ProcessTemplate.class,
      names = {"CUSTOM"},
      mode = EnumSource.Mode.EXCLUDE)
  void theStandardTemplatesPass(ProcessTemplate t) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(t.resource())) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(BpmnWhitelist.check(xml, t.definitionKey(), POSTS)).isEmpty();
    }
  }

  @Test
  void aPlainCountyProcessPasses() {
    assertThat(BpmnWhitelist.check(process(""), "own", POSTS)).isEmpty();
  }

  @Test
  void aShellTaskIsRefusedByName() {
    List<BpmnWhitelist.Problem> p =
        BpmnWhitelist.check(
            process(
                "<serviceTask id=\"rmrf\" flowable:type=\"shell\"><extensionElements>"
                    + "<flowable:field name=\"command\"><flowable:string>rm</flowable:string>"
                    + "</flowable:field></extensionElements></serviceTask>"),
            "own",
            POSTS);
    assertThat(p).extracting(BpmnWhitelist.Problem::element).contains("serviceTask 'rmrf'");
  }

  @Test
  void scriptsClassesListenersAndForeignPostsAreRefused() {
    assertThat(
            BpmnWhitelist.check(
                process(
                    "<scriptTask id=\"js\" scriptFormat=\"javascript\"><script>1</script></scriptTask>"),
                "own",
                POSTS))
        .extracting(BpmnWhitelist.Problem::element)
        .contains("scriptTask 'js'");
    assertThat(
            BpmnWhitelist.check(
                process("").replace("name=\"审核\"", "name=\"审核\" flowable:class=\"x.Evil\""),
                "own",
                POSTS))
        .extracting(Object::toString)
        .anyMatch(s -> s.contains("flowable:class"));
    assertThat(
            BpmnWhitelist.check(
                process("")
                    .replace(
                        "flowable:candidateGroups=\"jsx-fgj-review\"/>",
                        "flowable:candidateGroups=\"jsx-fgj-review\"><extensionElements>"
                            + "<flowable:taskListener event=\"create\" class=\"x.Evil\"/>"
                            + "</extensionElements></userTask>"),
                "own",
                POSTS))
        .extracting(Object::toString)
        .anyMatch(s -> s.contains("extensionElements"));
    assertThat(
            BpmnWhitelist.check(
                process("").replace("jsx-fgj-review", "kzq-fgw-review"), "own", POSTS))
        .extracting(Object::toString)
        .anyMatch(s -> s.contains("kzq-fgw-review is not a post of this county"));
  }

  @Test
  void conditionsOutsideTheGrammarAndTimersAreRefused() {
    String evil =
        process("")
            .replace(
                "<sequenceFlow id=\"f9\" sourceRef=\"t\" targetRef=\"e\"/>",
                "<sequenceFlow id=\"f9\" sourceRef=\"t\" targetRef=\"e\"><conditionExpression>"
                    + "${''.getClass().forName('java.lang.Runtime')}</conditionExpression></sequenceFlow>");
    assertThat(BpmnWhitelist.check(evil, "own", POSTS))
        .extracting(Object::toString)
        .anyMatch(s -> s.startsWith("sequenceFlow 'f9'"));
    String ok =
        evil.replace(
            "${''.getClass().forName('java.lang.Runtime')}",
            "${outcome == 'pass' &amp;&amp; !late}");
    assertThat(BpmnWhitelist.check(ok, "own", POSTS)).isEmpty();
    assertThat(
            BpmnWhitelist.check(
                process(
                    "<intermediateCatchEvent id=\"wait\"><timerEventDefinition/></intermediateCatchEvent>"),
                "own",
                POSTS))
        .extracting(BpmnWhitelist.Problem::element)
        .contains("intermediateCatchEvent 'wait'");
  }

  @Test
  void doctypesWrongKeysAndNonBpmnAreRefused() {
    assertThat(
            BpmnWhitelist.check(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + process(""),
                "own",
                POSTS))
        .extracting(BpmnWhitelist.Problem::element)
        .containsExactly("document");
    assertThat(BpmnWhitelist.check(process(""), "other", POSTS))
        .extracting(Object::toString)
        .anyMatch(s -> s.contains("must have the id other"));
    assertThat(BpmnWhitelist.check("<html/>", "own", POSTS)).hasSize(1);
  }
}
