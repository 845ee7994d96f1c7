package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What was answered 2xx survives stopping and starting the whole stack on the same data folder. */
@ExtendWith(TestStack.class)
@Order(1000)
class RestartIT {

  @Test
  void dataSurvivesARestart() {
    TestTenant t = Manifests.fresh("durable").onboard("持久县");
    String fileId =
        TestStack.http()
            .asOperator()
            .post(
                "/t/" + t.slug() + "/api/v1/files?name=keep.pdf",
                "application/pdf",
                FileStorageIT.PDF)
            .json()
            .getString("id");

    TestStack.restart();

    assertThat(TestStack.http().get("/t/" + t.slug() + "/").body()).contains("持久县");
    Http.Reply file =
        TestStack.http()
            .asOperator()
            .get("/t/" + t.slug() + "/api/v1/files/" + fileId + "/content");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.bytes()).isEqualTo(FileStorageIT.PDF);
    assertThat(TestStack.http().get("/t/jianshi/").status()).isEqualTo(200);
  }
}
