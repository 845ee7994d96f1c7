package cn.yangguang.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's handling of a postmaster.pid left behind by a killed run. */
class EmbeddedDatabaseTest {

  @Test
  void aPidFileOfADeadProcessIsRemoved(@TempDir Path data) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n");
    EmbeddedDatabase.stopStalePostmaster(data);
    assertThat(data.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aLiveProcessThatIsNotPostgresIsLeftAlone(@TempDir Path data) throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Files.writeString(data.resolve("postmaster.pid"), sleeper.pid() + "\n");
      EmbeddedDatabase.stopStalePostmaster(data);
      assertThat(sleeper.isAlive()).isTrue();
      assertThat(data.resolve("postmaster.pid")).doesNotExist();
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void aLiveStalePostmasterIsStopped(@TempDir Path data) throws Exception {
    // A stand-in whose command line names postgres, as a real postmaster's does.
    Path fake = data.resolve("postgres");
    Files.copy(Path.of("/bin/sleep"), fake);
    fake.toFile().setExecutable(true);
    Process postmaster = new ProcessBuilder(fake.toString(), "60").start();
    Files.writeString(data.resolve("postmaster.pid"), postmaster.pid() + "\n");
    EmbeddedDatabase.stopStalePostmaster(data);
    assertThat(postmaster.isAlive()).isFalse();
    assertThat(data.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void noPidFileIsNothingToDo(@TempDir Path data) throws Exception {
    EmbeddedDatabase.stopStalePostmaster(data);
    assertThat(data).isEmptyDirectory();
  }
}
