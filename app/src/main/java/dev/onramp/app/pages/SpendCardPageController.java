package dev.onramp.app.pages;

import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.identity.Role;
import dev.onramp.app.spendcards.SpendCardGeneration;
import dev.onramp.app.spendcards.SpendCardService;
import dev.onramp.app.spendcards.SpendCardView;
import dev.onramp.app.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cloud Spend Cards: the list (a Product Owner's products, a Portfolio owner's portfolio, all for a
 * FinOps Lead) and one card with its chart, approve / dispute and the dispute review. The actions
 * are plain forms (no script needed); an invalid one shows the card again with the message next to
 * the field and what was typed kept. A FinOps Lead may generate a week's cards now from the list.
 */
@Controller
@WithLayout
class SpendCardPageController {

  /**
   * How long the generate form waits for Agent Bill to write the cards, so it can say how many; a
   * slower run is reported as under way and its cards appear in the list when written.
   */
  private static final Duration GENERATION_WAIT = Duration.ofSeconds(15);

  private final SpendCardService cards;
  private final SpendCardGeneration generation;
  private final CurrentUser currentUser;

  SpendCardPageController(
      SpendCardService cards, SpendCardGeneration generation, CurrentUser currentUser) {
    this.cards = cards;
    this.generation = generation;
    this.currentUser = currentUser;
  }

  @GetMapping("/spend-cards")
  String list(
      @RequestParam(required = false) String week,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return listPage(week, page, model);
  }

  /** Starts the week's generation and waits a while for it, to say how many cards it wrote. */
  @PostMapping("/spend-cards/generate")
  String generate(
      @RequestParam(required = false) String week,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SpendCardGeneration.Generation started;
    try {
      started = generation.start(week);
    } catch (InvalidFieldException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("generateError", e.problems().get(0).message());
      model.addAttribute("generateWeek", week == null ? "" : week);
      return listPage(null, 0, model);
    }
    Optional<Integer> written = generation.written(started, GENERATION_WAIT);
    redirect.addFlashAttribute("generatedWeek", started.weekStart().toString());
    written.ifPresent(count -> redirect.addFlashAttribute("generatedCount", count));
    redirect.addAttribute("week", started.weekStart().toString());
    return "redirect:/spend-cards";
  }

  @GetMapping("/spend-cards/{id}")
  String card(@PathVariable String id, Model model) {
    return show(id, model);
  }

  @PostMapping("/spend-cards/{id}/approve")
  String approve(@PathVariable String id) {
    cards.approve(id);
    return "redirect:/spend-cards/" + id;
  }

  @PostMapping("/spend-cards/{id}/dispute")
  String dispute(
      @PathVariable String id, @RequestParam(required = false) String reason, Model model) {
    try {
      cards.dispute(id, reason);
    } catch (InvalidFieldException e) {
      model.addAttribute("error", e);
      model.addAttribute("reason", reason == null ? "" : reason);
      return show(id, model);
    }
    return "redirect:/spend-cards/" + id;
  }

  @PostMapping("/spend-cards/{id}/review")
  String review(
      @PathVariable String id,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String note,
      Model model) {
    try {
      cards.review(id, outcome, note);
    } catch (InvalidFieldException e) {
      model.addAttribute("error", e);
      model.addAttribute("note", note == null ? "" : note);
      model.addAttribute("outcome", outcome == null ? "" : outcome);
      return show(id, model);
    }
    return "redirect:/spend-cards/" + id;
  }

  private String listPage(String week, int page, Model model) {
    model.addAttribute("cards", cards.list(week, page));
    model.addAttribute("week", week == null ? "" : week);
    boolean finops = currentUser.has(Role.FINOPS_LEAD);
    model.addAttribute("canGenerate", finops);
    if (finops && !model.containsAttribute("generateWeek")) {
      model.addAttribute("generateWeek", generation.lastWeek().toString());
    }
    return "pages/spend-cards";
  }

  private String show(String id, Model model) {
    SpendCardView card = cards.get(id);
    model.addAttribute("card", card);
    model.addAttribute("body", cards.body(id));
    return "pages/spend-card";
  }
}
