package dev.onramp.app.pages;

import dev.onramp.app.request.BusinessRequest;
import dev.onramp.app.request.RequestService;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the process view draws: the deployed model, and which of its elements a request's process
 * instance has completed and where it waits now, read through the Camunda search API.
 */
@RestController
class ProcessPageController {

  private final RequestService requests;
  private final CamundaClient camunda;

  ProcessPageController(RequestService requests, CamundaClient camunda) {
    this.requests = requests;
    this.camunda = camunda;
  }

  @GetMapping(value = "/pages/process/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
  String diagram() throws IOException {
    return new ClassPathResource("processes/workload-onboarding.bpmn")
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @GetMapping("/pages/process/{requestId}/state")
  ProcessState state(@PathVariable String requestId) {
    BusinessRequest request = requests.visible(requestId);
    if (request.processInstanceKey() == null) {
      return new ProcessState(List.of(), List.of());
    }
    List<ElementInstance> elements =
        camunda
            .newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(request.processInstanceKey()))
            .page(p -> p.limit(500))
            .send()
            .join()
            .items();
    return new ProcessState(
        ids(elements, ElementInstanceState.COMPLETED), ids(elements, ElementInstanceState.ACTIVE));
  }

  private static List<String> ids(List<ElementInstance> elements, ElementInstanceState state) {
    return elements.stream()
        .filter(e -> e.getState() == state)
        .map(ElementInstance::getElementId)
        .distinct()
        .toList();
  }

  public record ProcessState(List<String> completed, List<String> active) {}
}
