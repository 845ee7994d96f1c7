package cn.yangguang.launcher;

import cn.yangguang.citysim.CitySimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the local stack adds for the first-party plugins: it installs their jars (built by the
 * reactor into {@code runtime/plugins}) into the plugins folder, as an operator would copy them,
 * and runs the simulated prefecture 12345 platform the demo counties' hotline exchanges tickets
 * with. The integration tests install and simulate on their own.
 */
final class FirstPartyPlugins {

  /** Where the demo counties' manifests expect the simulated city platform. */
  static final int CITY_PORT = 8091;

  /** The key the demo manifests carry ({@code cityApiKey}). */
  static final String CITY_KEY = "demo-city-key";

  private FirstPartyPlugins() {}

  /** Copies the bundled plugin jars into the plugins folder (replacing older copies). */
  static void install(StackConfig config) {
    Path bundled = config.runtimeDir().resolve("plugins");
    if (!Files.isDirectory(bundled)) {
      return;
    }
    try {
      Files.createDirectories(config.pluginsDir());
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(bundled, "*.jar")) {
        for (Path jar : jars) {
          Files.copy(
              jar,
              config.pluginsDir().resolve(jar.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
          System.out.println("Yangguang: installed plugin " + jar.getFileName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not install the first-party plugins", e);
    }
  }

  /** Starts the simulated city platform, or says why not (the stack serves without it). */
  static CitySimulator startCitySimulator() {
    try {
      CitySimulator city = new CitySimulator(CITY_PORT, CITY_KEY);
      System.out.println("Yangguang: simulated city 12345 platform at " + city.endpoint());
      return city;
    } catch (IOException e) {
      System.out.println(
          "Yangguang: no simulated city 12345 platform (port "
              + CITY_PORT
              + "): "
              + e.getMessage());
      return null;
    }
  }
}
