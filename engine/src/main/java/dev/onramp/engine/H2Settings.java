package dev.onramp.engine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * Settings the engine needs from an H2 database whatever URL it is given: {@code WRITE_DELAY=0}, so
 * a commit is in the file before the engine answers (else {@code kill -9} can lose up to 500 ms of
 * acknowledged commands), and a query cache large enough for the engine's statements (H2 keeps 8 by
 * default and would parse most statements again on every use).
 */
class H2Settings implements BeanPostProcessor {

  private static final String[] REQUIRED = {"WRITE_DELAY=0", "QUERY_CACHE_SIZE=256", "PAGE_SIZE=1024"};

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
}
