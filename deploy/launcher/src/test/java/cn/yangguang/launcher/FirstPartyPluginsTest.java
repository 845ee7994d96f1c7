package cn.yangguang.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstPartyPluginsTest {

  @Test
  void bundledPluginJarsAreCopiedIntoThePluginsFolderReplacingOlderOnes(@TempDir Path dir)
      throws Exception {
    Path runtime = dir.resolve("runtime");
    Files.createDirectories(runtime.resolve("plugins"));
    Files.writeString(runtime.resolve("plugins/hotline-12345-0.1.0-SNAPSHOT.jar"), "new");
    Path plugins = dir.resolve("plugins");
    Files.createDirectories(plugins);
    Files.writeString(plugins.resolve("hotline-12345-0.1.0-SNAPSHOT.jar"), "old");
    Files.writeString(plugins.resolve("local-plugin.jar"), "mine");
    StackConfig config =
        StackConfig.fromEnvironment(
            Map.of("YG_RUNTIME_DIR", runtime.toString(), "YG_PLUGINS_DIR", plugins.toString()));

    FirstPartyPlugins.install(config);

    assertThat(plugins.resolve("hotline-12345-0.1.0-SNAPSHOT.jar")).hasContent("new");
    assertThat(plugins.resolve("local-plugin.jar")).hasContent("mine");
  }

  @Test
  void withoutBundledPluginsNothingHappens(@TempDir Path dir) {
    StackConfig config =
        StackConfig.fromEnvironment(
            Map.of(
                "YG_RUNTIME_DIR", dir.toString(), "YG_PLUGINS_DIR", dir.resolve("p").toString()));
    FirstPartyPlugins.install(config);
    assertThat(dir.resolve("p")).doesNotExist();
  }
}
