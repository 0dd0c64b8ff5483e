package dev.onramp.app.pages;

import dev.onramp.app.implementation.TaskStatus;
import dev.onramp.app.implementation.TaskViews;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * AI Tasks, the Cloud Engineer's area: Engineering Tracking (filtered and sorted on the server by
 * query parameters, so a view can be bookmarked) and the task page with its pre-written steps.
 */
@Controller
@WithLayout
@PreAuthorize("hasRole('CLOUD_ENGINEER')")
class TaskPageController {

  private static final Set<String> SORTABLE = Set.of("slaDueAt", "createdAt", "status", "overdue");

  private final TaskViews views;
  private final PageJson json;

  TaskPageController(TaskViews views, PageJson json) {
    this.views = views;
    this.json = json;
  }

  @GetMapping("/tasks")
  String tracking(
      @RequestParam(required = false) TaskStatus status,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String modelId,
      @RequestParam(required = false) String accountId,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "slaDueAt") String sort,
      @RequestParam(defaultValue = "asc") String dir,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String sortBy = SORTABLE.contains(sort) ? sort : "slaDueAt";
    Sort.Direction direction =
        "desc".equalsIgnoreCase(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
    model.addAttribute(
        "tasks",
        views
            .tracking(
                null,
                status,
                overdue,
                blankToNull(modelId),
                blankToNull(accountId),
                blankToNull(region),
                PageRequest.of(Math.max(page, 0), 20, Sort.by(direction, sortBy)))
            // The views are package-private records, which templates cannot read: maps.
            .map(json::map));
    model.addAttribute("statuses", List.of(TaskStatus.values()));
    model.addAttribute("filter", new Filter(status, overdue, modelId, accountId, region));
    model.addAttribute("sort", sortBy);
    model.addAttribute("dir", direction.name().toLowerCase());
    return "pages/tasks";
  }

  @GetMapping("/tasks/{taskId}")
  String task(@PathVariable String taskId, Model model) {
    model.addAttribute("task", json.map(views.detail(taskId)));
    return "pages/task";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The filter as submitted, to show it again in the filter form. */
  public record Filter(
      TaskStatus status, Boolean overdue, String modelId, String accountId, String region) {

    /** The filter as query parameters, so sorting and paging keep it (ends with {@code &}). */
    public String query() {
      UriComponentsBuilder query = UriComponentsBuilder.newInstance();
      if (status != null) {
        query.queryParam("status", status.name());
      }
      if (overdue != null) {
        query.queryParam("overdue", overdue);
      }
      addText(query, "modelId", modelId);
      addText(query, "accountId", accountId);
      addText(query, "region", region);
      String encoded = query.encode().build().getQuery();
      return encoded == null ? "" : encoded + "&";
    }

    private static void addText(UriComponentsBuilder query, String name, String value) {
      if (value != null && !value.isBlank()) {
        query.queryParam(name, value.trim());
      }
    }
  }
}
