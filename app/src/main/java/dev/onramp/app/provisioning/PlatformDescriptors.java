package dev.onramp.app.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads every platform's {@code templates/platforms/<folder>/platform.yaml} once, at start-up, so a
 * missing folder or a misspelt key stops the app instead of a Cloud Engineer's task.
 */
final class PlatformDescriptors {

  private final Map<Platform, PlatformDescriptor> byPlatform = new EnumMap<>(Platform.class);

  PlatformDescriptors() {
    ObjectMapper mapper = new ObjectMapper();
    for (Platform platform : Platform.values()) {
      String path = "/templates/" + descriptorPath(platform);
      try (InputStream in = PlatformDescriptors.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("No descriptor for platform " + platform + ": " + path);
        }
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        byPlatform.put(platform, mapper.convertValue(yaml, PlatformDescriptor.class));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Invalid " + path + ": " + e.getMessage(), e);
      }
    }
  }

  PlatformDescriptor get(Platform platform) {
    return byPlatform.get(platform);
  }

  static String folder(Platform platform) {
    return "platforms/" + platform.folder() + "/";
  }

  static String descriptorPath(Platform platform) {
    return folder(platform) + "platform.yaml";
  }
}
