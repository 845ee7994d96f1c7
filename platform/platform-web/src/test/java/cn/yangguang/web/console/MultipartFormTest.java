package cn.yangguang.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

  private static final String TYPE = "multipart/form-data; boundary=----WebKitFormBoundaryA1b2";

  private static byte[] body(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("------WebKitFormBoundaryA1b2\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + "tok\r\n"
                + "------WebKitFormBoundaryA1b2\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\\\Users\\\\王\\\\事项目录 2025.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes("\r\n------WebKitFormBoundaryA1b2--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void readsTheFieldsAndTheFileAsSent() {
    byte[] file = "实施编码,事项名称\r\nA-1,\"a\r\n--b\"\r\n".getBytes(StandardCharsets.UTF_8);
    MultipartForm form = MultipartForm.parse(TYPE, body(file));
    assertThat(form.parts()).hasSize(2);
    assertThat(new String(form.part("_csrf").orElseThrow().content(), StandardCharsets.UTF_8))
        .isEqualTo("tok");
    MultipartForm.Part f = form.part("file").orElseThrow();
    assertThat(f.fileName()).isEqualTo("事项目录 2025.csv");
    assertThat(f.contentType()).isEqualTo("text/csv");
    assertThat(f.content()).isEqualTo(file);
  }

  @Test
  void keepsBinaryContentIntact() {
    byte[] file = new byte[70_000];
    for (int i = 0; i < file.length; i++) {
      file[i] = (byte) (i * 31 + (i >> 7));
    }
    file[0] = 'P';
    file[1] = 'K';
    assertThat(MultipartForm.parse(TYPE, body(file)).part("file").orElseThrow().content())
        .isEqualTo(file);
  }

  @Test
  void anEmptyFileFieldHasNoBytes() {
    MultipartForm form = MultipartForm.parse(TYPE, body(new byte[0]));
    assertThat(form.part("file").orElseThrow().content()).isEmpty();
    assertThat(form.part("other")).isEmpty();
  }

  @Test
  void refusesWhatIsNotAMultipartForm() {
    assertThatThrownBy(() -> MultipartForm.parse("application/x-www-form-urlencoded", new byte[0]))
        .isInstanceOf(MultipartForm.Malformed.class);
    assertThatThrownBy(() -> MultipartForm.parse("multipart/form-data", new byte[0]))
        .isInstanceOf(MultipartForm.Malformed.class);
    assertThatThrownBy(() -> MultipartForm.parse(TYPE, "garbage".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MultipartForm.Malformed.class);
    byte[] cut = body("x".getBytes(StandardCharsets.UTF_8));
    byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 40);
    assertThatThrownBy(() -> MultipartForm.parse(TYPE, truncated))
        .isInstanceOf(MultipartForm.Malformed.class);
  }

  @Test
  void parsesQuotedParameters() {
    assertThat(MultipartForm.parameters("form-data; name=\"a;b\"; filename=\"x\\\"y.csv\""))
        .containsEntry("name", "a;b")
        .containsEntry("filename", "x\"y.csv");
    assertThat(MultipartForm.boundary("multipart/form-data; charset=utf-8; boundary=\"abc def\""))
        .isEqualTo("abc def");
    assertThat(MultipartForm.baseName("/tmp/a/b.xlsx")).isEqualTo("b.xlsx");
    assertThat(MultipartForm.baseName("a\u0000b.csv")).isEqualTo("ab.csv");
  }
}
