package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The storage port behind HTTP: content addressing, limits, sniffing, tenant scoping. */
@ExtendWith(TestStack.class)
@Order(50)
class FileStorageIT {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  static TestTenant tenant;
  static Http op;

  @BeforeAll
  static void setUp() {
    tenant = Manifests.fresh("files").onboard("文件县");
    op = TestStack.http().asOperator();
  }

  @Test
  void storesReadsAndDeduplicates() throws Exception {
    byte[] unique = Arrays.copyOf(PDF, PDF.length + 8);
    System.arraycopy(
        ("%" + System.nanoTime()).substring(0, 8).getBytes(StandardCharsets.US_ASCII),
        0,
        unique,
        PDF.length,
        8);
    Http.Reply first =
        op.post(
            files() + "?name=" + "申请表.pdf".replace("申请表", "form"),
            "application/octet-stream",
            unique);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("contentType")).isEqualTo("application/pdf");
    String id = first.json().getString("id");
    assertThat(first.header("Location")).endsWith("/files/" + id);

    Http.Reply second = op.post(files() + "?name=copy.pdf", "application/pdf", unique);
    assertThat(second.json().getString("sha256")).isEqualTo(first.json().getString("sha256"));
    assertThat(second.json().getString("id")).isNotEqualTo(id);

    Http.Reply content = op.get(files() + "/" + id + "/content");
    assertThat(content.status()).isEqualTo(200);
    assertThat(content.bytes()).isEqualTo(unique);
    assertThat(content.header("X-Content-Type-Options")).isEqualTo("nosniff");

    String sha = first.json().getString("sha256");
    Path stored =
        TestStack.get()
            .config()
            .dataDir()
            .resolve("files")
            .resolve(sha.substring(0, 2))
            .resolve(sha.substring(2, 4))
            .resolve(sha);
    assertThat(Files.readAllBytes(stored)).isEqualTo(unique);
  }

  @Test
  void theClaimedTypeIsNotTrusted() {
    byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    Http.Reply r = op.post(files() + "?name=scan.pdf", "application/pdf", script);
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("file");
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertThat(op.post(files() + "?name=empty.pdf", "application/pdf", new byte[0]).status())
        .isEqualTo(400);
    byte[] big = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(op.post(files() + "?name=big.pdf", "application/pdf", big).status()).isEqualTo(413);
  }

  @Test
  void aMissingNameIsAFieldError() {
    Http.Reply r = op.post(files(), "application/pdf", PDF);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("name");
  }

  @Test
  void anotherCountysFileIsNotFound() {
    String id = op.post(files() + "?name=mine.pdf", "application/pdf", PDF).json().getString("id");
    assertThat(op.get("/t/jianshi/api/v1/files/" + id).status()).isEqualTo(404);
    assertThat(op.get("/t/jianshi/api/v1/files/" + id + "/content").status()).isEqualTo(404);
    assertThat(op.get(files() + "/" + id).status()).isEqualTo(200);
  }

  private static String files() {
    return "/t/" + tenant.slug() + "/api/v1/files";
  }
}
