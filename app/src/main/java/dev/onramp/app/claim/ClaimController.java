package dev.onramp.app.claim;

import dev.onramp.app.request.AiComponent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stage 4 for the Product Owner: the Developer Handoff and the one-click claim. */
@RestController
@RequestMapping("/api/requests/{requestId}")
@Tag(name = "Claim (Product Owner)")
class ClaimController {

  private final ClaimService claims;
  private final HandoffService handoffs;

  ClaimController(ClaimService claims, HandoffService handoffs) {
    this.claims = claims;
    this.handoffs = handoffs;
  }

  @GetMapping("/handoff")
  @Operation(summary = "The Developer Handoff: role ARN, model or inference-profile id, endpoint")
  HandoffView handoff(@PathVariable String requestId) {
    return handoffs.view(requestId);
  }

  @PostMapping("/claim")
  @PreAuthorize("hasRole('PRODUCT_OWNER')")
  @Operation(summary = "Claim the IAM role: the workload goes Live and attribution starts")
  ClaimView claim(@PathVariable String requestId) {
    AiComponent c = claims.claim(requestId);
    return new ClaimView(requestId, c.roleArn(), c.claimedBy(), c.claimedAt());
  }

  record ClaimView(String requestId, String roleArn, String claimedBy, Instant claimedAt) {}
}
