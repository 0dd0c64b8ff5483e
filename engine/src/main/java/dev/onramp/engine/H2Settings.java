package dev.onramp.engine;

import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * What the engine needs from an H2 database whatever URL it is given: a query cache large enough
 * for the engine's statements (H2 keeps 8 by default and would parse most statements again on every
 * use) and small pages (a commit rewrites the pages it touched). Durability on H2 files comes from
 * the engine's own journal ({@link #journalFile}), so H2 may write its pages lazily.
 */
class H2Settings implements BeanPostProcessor {

  private static final String[] REQUIRED = {"QUERY_CACHE_SIZE=256", "PAGE_SIZE=1024"};

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof DataSourceProperties properties
        && properties.getUrl() != null
        && properties.getUrl().startsWith("jdbc:h2:")) {
      properties.setUrl(withRequiredSettings(properties.getUrl()));
    }
    return bean;
  }

  static String withRequiredSettings(String url) {
    StringBuilder result = new StringBuilder(url);
    String upper = url.toUpperCase();
    for (String setting : REQUIRED) {
      String name = setting.substring(0, setting.indexOf('=') + 1);
      if (!upper.contains(";" + name)) {
        result.append(';').append(setting);
      }
    }
    return result.toString();
  }

  /**
   * The journal beside an embedded H2 file database ({@code <database>.journal}); null for other
   * databases (in-memory and server H2, PostgreSQL), whose commits need no journal or have none.
   */
  static Path journalFile(String url) {
    if (url == null || !url.startsWith("jdbc:h2:")) {
      return null;
    }
    String location = url.substring("jdbc:h2:".length());
    int settings = location.indexOf(';');
    if (settings >= 0) {
      location = location.substring(0, settings);
    }
    if (location.startsWith("file:")) {
      location = location.substring("file:".length());
    } else if (location.matches("^[a-zA-Z]{2,}:.*")) {
      return null;
    }
    if (location.startsWith("~")) {
      location = System.getProperty("user.home") + location.substring(1);
    }
    return Path.of(location + ".journal");
  }
}
