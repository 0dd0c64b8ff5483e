package dev.onramp.app.engine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the embedded engine unless {@code onramp.engine.embedded=false}, in which case the app talks
 * to whatever Camunda 8 cluster {@code camunda.client.*} names.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "onramp.engine.embedded", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedEngineProperties.class)
class EmbeddedEngineConfiguration {

  @Bean
  EmbeddedEngine embeddedEngine(EmbeddedEngineProperties properties) {
    return new EmbeddedEngine(properties);
  }
}
