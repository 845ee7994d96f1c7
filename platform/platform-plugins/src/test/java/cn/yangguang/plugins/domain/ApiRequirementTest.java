package cn.yangguang.plugins.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRequirementTest {

  @Test
  void readsMajorDotMinorWithOrWithoutPatchOrAtLeastSign() {
    assertThat(ApiRequirement.parse("1.0")).contains(new ApiRequirement(1, 0));
    assertThat(ApiRequirement.parse(" >=1.0 ")).contains(new ApiRequirement(1, 0));
    assertThat(ApiRequirement.parse("2.3.1")).contains(new ApiRequirement(2, 3));
    assertThat(ApiRequirement.parse("one")).isEmpty();
    assertThat(ApiRequirement.parse("^1.0")).isEmpty();
    assertThat(ApiRequirement.parse(null)).isEmpty();
  }

  @Test
  void acceptsTheSameMajorAndAnOlderOrEqualMinor() {
    assertThat(ApiRequirement.refusal("hello", "1.0")).isEmpty();
    assertThat(ApiRequirement.refusal("hello", "9.0"))
        .contains(
            "plugin hello requires platform API 9.0 but this platform provides 1.1"
                + " (the major versions differ); it was not started");
    assertThat(ApiRequirement.refusal("hello", "1.7").orElseThrow())
        .contains("it needs a newer minor version");
  }

  @Test
  void refusesAPluginThatDoesNotSayWhatItNeeds() {
    assertThat(ApiRequirement.refusal("hello", "").orElseThrow())
        .contains("does not declare the platform API version")
        .contains("found: nothing");
    assertThat(ApiRequirement.refusal("hello", "latest").orElseThrow()).contains("'latest'");
  }

  @Test
  void schemaNamesAreDerivedFromIdsSafely() {
    assertThat(PluginSchemaMigrator.schemaOf("hello-county")).isEqualTo("plugin_hello_county");
    assertThat(PluginSchemaMigrator.schemaOf("x;drop")).isEqualTo("plugin_x_drop");
  }
}
