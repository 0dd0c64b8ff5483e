package dev.onramp.app.attribution;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Links application inference profiles to AI components (FinOps Lead). */
@RestController
@RequestMapping("/api/attribution/inference-profiles")
class InferenceProfileController {

  private final InferenceProfileLinks links;

  InferenceProfileController(InferenceProfileLinks links) {
    this.links = links;
  }

  record LinkRequest(String profileArn, String aiComponentId) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  InferenceProfileLinks.Link link(@RequestBody LinkRequest body, Principal user) {
    return links.link(body.profileArn(), body.aiComponentId(), user.getName());
  }

  @GetMapping
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  List<InferenceProfileLinks.Link> list() {
    return links.list();
  }

  /** The ARN holds slashes, so it travels as a query parameter. */
  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  void unlink(@RequestParam String profileArn, Principal user) {
    links.unlink(profileArn, user.getName());
  }
}
