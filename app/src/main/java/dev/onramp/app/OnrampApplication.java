package dev.onramp.app;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode;

/**
 * Onramp: one governed path from an AI request to a live, cost-attributed AI workload. The BPMN
 * models and forms under {@code processes/} and {@code forms/} are deployed together at start-up,
 * to the embedded engine or to a Camunda 8 cluster, whichever {@code camunda.client.*} points at.
 */
@SpringBootApplication
@EnableSpringDataWebSupport(pageSerializationMode = PageSerializationMode.VIA_DTO)
@Deployment(resources = {"classpath*:/processes/*.bpmn", "classpath*:/forms/*.form"})
public class OnrampApplication {

  public static void main(String[] args) {
    SpringApplication.run(OnrampApplication.class, args);
  }
}
