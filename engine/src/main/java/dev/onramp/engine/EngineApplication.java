package dev.onramp.engine;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.jdbc.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.servlet.ServletManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;

/**
 * The engine as its own Spring Boot application: REST v2 on {@code server.port} (loopback, default
 * 8088) and the management endpoints on {@code management.server.port} (default 9600). Runs
 * standalone from the {@code exec} jar or inside the app as a context of its own.
 *
 * <p>It imports exactly the auto-configuration it needs rather than everything on the class path:
 * embedded in the app, the app's own starters (Camunda client, security, JPA…) must not configure
 * the engine.
 */
@SpringBootConfiguration
@ComponentScan
@EnableConfigurationProperties(EngineProperties.class)
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ConfigurationPropertiesAutoConfiguration.class,
  SslAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  DataSourceAutoConfiguration.class,
  JdbcTemplateAutoConfiguration.class,
  TaskExecutionAutoConfiguration.class,
  ServletWebServerFactoryAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpEncodingAutoConfiguration.class,
  MultipartAutoConfiguration.class,
  ErrorMvcAutoConfiguration.class,
  EndpointAutoConfiguration.class,
  JacksonEndpointAutoConfiguration.class,
  WebEndpointAutoConfiguration.class,
  HealthContributorAutoConfiguration.class,
  HealthEndpointAutoConfiguration.class,
  DataSourceHealthContributorAutoConfiguration.class,
  ManagementContextAutoConfiguration.class,
  ServletManagementContextAutoConfiguration.class
})
public class EngineApplication {

  public static void main(String[] args) {
    application().run(args);
  }

  /** The engine application with its defaults; arguments and properties override them. */
  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(EngineApplication.class)
        .properties(EngineDefaults.properties());
  }
}
