package dev.onramp.app.spendcards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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
  private final SpendCardGeneration generation;

  SpendCardController(SpendCardService cards, SpendCardGeneration generation) {
    this.cards = cards;
    this.generation = generation;
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
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Generate the cards of a week now (default: last week), through the weekly process")
  SpendCardGeneration.Generation generate(@RequestParam(required = false) String week) {
    return generation.start(week);
  }

  record DisputeForm(String reason) {}

  record ReviewForm(String outcome, String note) {}
}
