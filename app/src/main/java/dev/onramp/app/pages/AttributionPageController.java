package dev.onramp.app.pages;

import dev.onramp.app.attribution.Attribution;
import dev.onramp.app.attribution.Period;
import dev.onramp.app.attribution.Rollup;
import dev.onramp.app.attribution.SpendImportView;
import dev.onramp.app.attribution.SpendImports;
import dev.onramp.app.attribution.SpendUploads;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.request.WorkloadService;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attribution dashboard (FinOps Lead): a month's spend rolled up Business Unit → Product →
 * workload against budgets, its reconciliation, the unattributed spend and billing file imports;
 * and one workload's spend by model, token type and region, which the owners of its product may
 * open too. Months are UTC calendar months.
 */
@Controller
@WithLayout
class AttributionPageController {

  private final Attribution attribution;
  private final SpendImports imports;
  private final SpendUploads uploads;
  private final WorkloadService workloads;
  private final CurrentUser currentUser;
  private final Clock clock;

  AttributionPageController(
      Attribution attribution,
      SpendImports imports,
      SpendUploads uploads,
      WorkloadService workloads,
      CurrentUser currentUser,
      Clock clock) {
    this.attribution = attribution;
    this.imports = imports;
    this.uploads = uploads;
    this.workloads = workloads;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/attribution")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  String dashboard(
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "false") boolean all,
      Model model,
      HttpServletResponse response) {
    Period month;
    try {
      month = month(period);
    } catch (InvalidFieldException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("periodError", e.problems().get(0).message());
      month = month(null);
    }
    return dashboard(month, all, model);
  }

  @PostMapping("/attribution/imports")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam("format") String format,
      @RequestParam String period,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Period month = month(period);
    try {
      SpendImportView imported = uploads.upload(file, format, currentUser.username());
      return imported(imported, month, redirect);
    } catch (InvalidFieldException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("importProblems", e.problems());
      return dashboard(month, false, model);
    }
  }

  /** Writes the sample CUR file for the month and imports it: demo data, labelled so. */
  @PostMapping("/attribution/sample-cur")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  String loadSample(
      @RequestParam String period,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Period month = month(period);
    try {
      return imported(uploads.importSample(month, currentUser.username()), month, redirect);
    } catch (InvalidFieldException | ConflictException e) {
      response.setStatus(
          e instanceof ConflictException
              ? HttpStatus.CONFLICT.value()
              : HttpStatus.BAD_REQUEST.value());
      model.addAttribute("sampleProblem", e.getMessage());
      return dashboard(month, false, model);
    }
  }

  @GetMapping("/attribution/workloads/{id}")
  String workload(
      @PathVariable String id, @RequestParam(required = false) String period, Model model) {
    Period month = month(period);
    // Not found for a Product Owner of another product, as on the workload's own page.
    model.addAttribute("workload", workloads.get(id));
    model.addAttribute("spend", attribution.workload(id, month));
    model.addAttribute("period", month.toString());
    model.addAttribute("finops", currentUser.has(dev.onramp.app.identity.Role.FINOPS_LEAD));
    return "pages/attribution-workload";
  }

  private String dashboard(Period month, boolean all, Model model) {
    Rollup rollup = attribution.rollup(month);
    SpendRows rows = new SpendRows(rollup.roots(), all);
    model.addAttribute("period", month.toString());
    model.addAttribute("all", all);
    model.addAttribute("rollup", rollup);
    model.addAttribute("rows", rows.rows());
    model.addAttribute("unreconciled", rows.unreconciled());
    model.addAttribute("unattributed", attribution.unattributed(month));
    List<SpendImportView> recent = imports.list();
    model.addAttribute("imports", recent.subList(0, Math.min(5, recent.size())));
    return "pages/attribution";
  }

  private String imported(SpendImportView imported, Period month, RedirectAttributes redirect) {
    redirect.addFlashAttribute("imported", imported);
    redirect.addAttribute("period", month.toString());
    return "redirect:/attribution";
  }

  /** The month asked for, else the current UTC month. */
  private Period month(String period) {
    return period == null || period.isBlank()
        ? new Period(YearMonth.now(clock.withZone(ZoneOffset.UTC)))
        : Period.parse(period);
  }
}
