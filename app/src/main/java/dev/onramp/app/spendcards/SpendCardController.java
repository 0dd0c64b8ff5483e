package dev.onramp.app.spendcards;

import dev.onramp.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Weekly Cloud Spend Cards: read, approve or dispute (Product Owner), review a dispute. */
@RestController
@RequestMapping("/api/spend-cards")
@Tag(name = "Spend cards")
class SpendCardController {

  private final SpendCardService cards;
  private final SpendCardProcess process;
  private final Clock clock;

  SpendCardController(SpendCardService cards, SpendCardProcess process, Clock clock) {
    this.cards = cards;
    this.process = process;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Cards I may see, newest week first (FinOps Lead: all)")
  SpendCardView.Page list(
      @RequestParam(required = false) String week, @RequestParam(defaultValue = "0") int page) {
    return cards.list(week, page);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One card: actuals against the estimate, budget burn, trend, business case")
  SpendCardView get(@PathVariable String id) {
    return cards.get(id);
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approve the card (an owner of the workload's product)")
  SpendCardView approve(@PathVariable String id) {
    return cards.approve(id);
  }

  @PostMapping("/{id}/dispute")
  @Operation(summary = "Dispute the card with a reason (an owner of the workload's product)")
  SpendCardView dispute(@PathVariable String id, @RequestBody(required = false) DisputeForm form) {
    return cards.dispute(id, form == null ? null : form.reason());
  }

  @PostMapping("/{id}/review")
  @Operation(summary = "Review a disputed card: UPHOLD or REJECT, with a note (portfolio owner)")
  SpendCardView review(@PathVariable String id, @RequestBody(required = false) ReviewForm form) {
    return form == null
        ? cards.review(id, null, null)
        : cards.review(id, form.outcome(), form.note());
  }

  @PostMapping("/generate")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Generate the cards of a week now (default: last week), through the weekly process")
  Generation generate(@RequestParam(required = false) String week) {
    LocalDate monday =
        week == null || week.isBlank() ? Weeks.previous(clock.instant()) : Weeks.parseMonday(week);
    if (monday.isAfter(Weeks.thisWeek(clock.instant()))) {
      throw new InvalidFieldException("week", "must not be in the future");
    }
    return new Generation(monday, process.start(monday));
  }

  record DisputeForm(String reason) {}

  record ReviewForm(String outcome, String note) {}

  record Generation(LocalDate weekStart, long processInstanceKey) {}
}
