package dev.onramp.app.pages;

import dev.onramp.app.attribution.AllocationGap;
import dev.onramp.app.attribution.AllocationGapFinder;
import dev.onramp.app.attribution.AllocationGaps;
import dev.onramp.app.attribution.GapKind;
import dev.onramp.app.attribution.Period;
import dev.onramp.app.audit.AuditEvent;
import dev.onramp.app.audit.AuditLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Allocation gaps (FinOps Lead): the opportunity the approved requests declared on top, Cost Saving
 * and Revenue Driving apart; then each kind of gap with its spend, the action to take and the audit
 * entry Agent Bill wrote when the gap was detected at import.
 */
@Controller
@WithLayout
@PreAuthorize("hasRole('FINOPS_LEAD')")
class AllocationGapPageController {

  private static final Map<GapKind, String> TITLES =
      Map.of(
          GapKind.BROAD_SHARED_ROLE, "Spend from a broad shared role",
          GapKind.MODEL_WITHOUT_REQUEST, "Model called with no approved Business Request",
          GapKind.OUTSIDE_APPROVED_SCOPE,
              "Approved model used outside the approved account or region",
          GapKind.ROLE_NEVER_CLAIMED, "Role with spend that was never claimed",
          GapKind.NO_SPEND_AFTER_14_DAYS, "Claimed workload with no spend after 14 days",
          GapKind.UNPARSEABLE_PRINCIPAL, "Principal that cannot be parsed");

  private final AllocationGapFinder finder;
  private final AuditLog audit;
  private final Clock clock;

  AllocationGapPageController(AllocationGapFinder finder, AuditLog audit, Clock clock) {
    this.finder = finder;
    this.audit = audit;
    this.clock = clock;
  }

  /** The gaps of one kind and their spend. */
  public record Section(GapKind kind, String title, BigDecimal spend, List<AllocationGap> gaps) {}

  @GetMapping("/attribution/gaps")
  String gaps(@RequestParam(required = false) String period, Model model) {
    Period month =
        period == null || period.isBlank()
            ? new Period(YearMonth.now(clock.withZone(ZoneOffset.UTC)))
            : Period.parse(period);
    AllocationGaps found = finder.find(month);
    List<Section> sections = new ArrayList<>();
    for (GapKind kind : GapKind.values()) {
      List<AllocationGap> ofKind = found.gaps().stream().filter(g -> g.kind() == kind).toList();
      sections.add(
          new Section(
              kind,
              TITLES.get(kind),
              ofKind.stream().map(AllocationGap::spend).reduce(BigDecimal.ZERO, BigDecimal::add),
              ofKind));
    }
    model.addAttribute("period", month.toString());
    model.addAttribute("found", found);
    model.addAttribute("sections", sections);
    return "pages/allocation-gaps";
  }

  /** The audit entries of one gap, as Agent Bill wrote them. */
  @GetMapping("/attribution/gaps/audit")
  String audit(@RequestParam String subject, Model model) {
    List<AuditEvent> events = audit.forSubject(AllocationGap.AUDIT_SUBJECT_TYPE, subject);
    model.addAttribute("subject", subject);
    model.addAttribute("events", events);
    return "pages/allocation-gap-audit";
  }
}
