package dev.onramp.app.request;

import dev.onramp.app.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stage 1 for the Product Owner: submit a Business Request, resubmit it after changes. */
@RestController
@RequestMapping("/api")
@Tag(name = "Requests (Product Owner)")
class RequestController {

  private final RequestService requests;
  private final AuditLog audit;

  RequestController(RequestService requests, AuditLog audit) {
    this.requests = requests;
    this.audit = audit;
  }

  @PostMapping("/requests")
  @PreAuthorize("hasRole('PRODUCT_OWNER')")
  @Operation(
      summary = "Submit a Business Request (new workload, or a capability for an existing one)")
  ResponseEntity<RequestView> submit(@Valid @RequestBody RequestForm form) {
    BusinessRequest request = requests.submit(form);
    return ResponseEntity.created(URI.create("/api/requests/" + request.id()))
        .body(RequestView.of(request));
  }

  @PutMapping("/requests/{id}")
  @PreAuthorize("hasRole('PRODUCT_OWNER')")
  @Operation(summary = "Resubmit a request the FinOps Lead sent back for changes")
  RequestView resubmit(@PathVariable String id, @Valid @RequestBody RequestForm form) {
    return RequestView.of(requests.resubmit(id, form));
  }

  @GetMapping("/requests/{id}")
  @Operation(summary = "A Business Request with its status")
  RequestView get(@PathVariable String id) {
    return RequestView.of(requests.visible(id));
  }

  @GetMapping("/requests/{id}/timeline")
  @Operation(
      summary = "Every transition of the request: who (person or Agent Bill), what, when, why")
  List<?> timeline(@PathVariable String id) {
    requests.visible(id);
    return audit.forSubject("request", id);
  }

  @GetMapping("/use-cases")
  @Operation(summary = "The use cases and the utilisation each proposes")
  List<UseCaseView> useCases() {
    return Arrays.stream(UseCase.values())
        .map(
            u ->
                new UseCaseView(
                    u,
                    u.label(),
                    u.defaultRequestsPerMonth(),
                    u.defaultInputTokensPerRequest(),
                    u.defaultOutputTokensPerRequest()))
        .toList();
  }

  record UseCaseView(
      UseCase useCase,
      String label,
      long requestsPerMonth,
      int inputTokensPerRequest,
      int outputTokensPerRequest) {}
}
