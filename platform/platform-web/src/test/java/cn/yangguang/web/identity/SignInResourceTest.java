package cn.yangguang.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a sign-in may return to: only a path of this site, never elsewhere (open redirect). */
class SignInResourceTest {

  @Test
  void localPathsAreKept() {
    assertThat(SignInResource.localPath("/t/jianshi/console")).isEqualTo("/t/jianshi/console");
    assertThat(SignInResource.localPath("/t/jianshi/console/staff?done=added"))
        .isEqualTo("/t/jianshi/console/staff?done=added");
  }

  @Test
  void anythingElseReturnsHome() {
    assertThat(SignInResource.localPath(null)).isEqualTo("/");
    assertThat(SignInResource.localPath("https://evil.example/")).isEqualTo("/");
    assertThat(SignInResource.localPath("//evil.example/")).isEqualTo("/");
    assertThat(SignInResource.localPath("/\\evil.example")).isEqualTo("/");
    assertThat(SignInResource.localPath("console")).isEqualTo("/");
    assertThat(SignInResource.localPath("/" + "a".repeat(500))).isEqualTo("/");
  }
}
