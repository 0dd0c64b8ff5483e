package dev.onramp.app.pages;

import dev.onramp.app.spendcards.SpendCardService;
import dev.onramp.app.spendcards.SpendCardView;
import dev.onramp.app.web.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cloud Spend Cards: the list (a Product Owner's products, a Portfolio owner's portfolio, all for a
 * FinOps Lead) and one card with its chart, approve / dispute and the dispute review. The actions
 * are plain forms (no script needed); an invalid one shows the card again with the message next to
 * the field and what was typed kept.
 */
@Controller
@WithLayout
class SpendCardPageController {

  private final SpendCardService cards;

  SpendCardPageController(SpendCardService cards) {
    this.cards = cards;
  }

  @GetMapping("/spend-cards")
  String list(
      @RequestParam(required = false) String week,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("cards", cards.list(week, page));
    model.addAttribute("week", week == null ? "" : week);
    return "pages/spend-cards";
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

  private String show(String id, Model model) {
    SpendCardView card = cards.get(id);
    model.addAttribute("card", card);
    model.addAttribute("body", cards.body(id));
    return "pages/spend-card";
  }
}
