package dev.onramp.app.attribution;

import dev.onramp.app.request.WorkloadService;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attribution dashboard's data: roll-up, drill-down, unattributed spend, budgets. The whole
 * company's spend is for FinOps Leads; a workload's own breakdown also for those who may see it.
 */
@RestController
@RequestMapping("/api/attribution")
class AttributionController {

  private final Attribution attribution;
  private final Budgets budgets;
  private final BudgetAlerts alerts;
  private final WorkloadService workloads;

  AttributionController(
      Attribution attribution, Budgets budgets, BudgetAlerts alerts, WorkloadService workloads) {
    this.attribution = attribution;
    this.budgets = budgets;
    this.alerts = alerts;
    this.workloads = workloads;
  }

  @GetMapping("/rollup")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  Rollup rollup(@RequestParam String period) {
    return attribution.rollup(Period.parse(period));
  }

  @GetMapping("/workloads/{id}")
  WorkloadSpend workload(@PathVariable String id, @RequestParam String period) {
    workloads.get(id); // 404 unless the caller may see the workload (its product's owners, …)
    return attribution.workload(id, Period.parse(period));
  }

  @GetMapping("/unattributed")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  List<UnattributedSpend> unattributed(@RequestParam String period) {
    return attribution.unattributed(Period.parse(period));
  }

  @GetMapping("/alerts")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  List<BudgetAlertView> alerts(@RequestParam String period) {
    return alerts.list(Period.parse(period).toString());
  }

  /** Sets an explicit monthly budget: body {@code {"monthlyAmount": 1200}}. */
  @PutMapping("/budgets/{subject}/{id}")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  Budgets.Budget setBudget(
      @PathVariable BudgetSubject subject,
      @PathVariable String id,
      @RequestBody Map<String, BigDecimal> body,
      Principal user) {
    return budgets.set(subject, id, body.get("monthlyAmount"), user.getName());
  }
}
