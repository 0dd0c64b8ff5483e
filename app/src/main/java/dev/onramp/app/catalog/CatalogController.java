package dev.onramp.app.catalog;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The model catalog: everyone may read it; FinOps Leads govern it. */
@RestController
@RequestMapping("/api/catalog/models")
class CatalogController {

  private final ModelCatalog catalog;

  CatalogController(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  /** Models offered on {@code platform} ({@code BEDROCK}, {@code MARKETPLACE}, …), or all. */
  @GetMapping
  List<CatalogEntry> list(@RequestParam(required = false) String platform) {
    return catalog.list(platform);
  }

  @GetMapping("/{modelId}")
  CatalogEntry get(@PathVariable String modelId) {
    return catalog.require(modelId);
  }

  @PutMapping("/{modelId}")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  CatalogEntry govern(
      @PathVariable String modelId,
      @Valid @RequestBody GovernanceUpdate update,
      Principal principal) {
    return catalog.updateGovernance(modelId, update, principal.getName());
  }
}
