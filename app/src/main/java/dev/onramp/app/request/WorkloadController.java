package dev.onramp.app.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workloads")
@Tag(name = "Workloads")
class WorkloadController {

  private final WorkloadService workloads;

  WorkloadController(WorkloadService workloads) {
    this.workloads = workloads;
  }

  @GetMapping
  @Operation(summary = "My workloads (Product Owner: those of my products), newest first, paged")
  Page<WorkloadView> list(
      @RequestParam(required = false) RequestStatus status,
      @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC)
          Pageable page) {
    return workloads.list(status, page);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A workload with its AI components")
  WorkloadView get(@PathVariable String id) {
    return workloads.get(id);
  }
}
