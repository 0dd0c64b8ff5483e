package dev.onramp.app.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org")
@Tag(name = "Organisation")
class OrgController {

  private final Products products;

  OrgController(Products products) {
    this.products = products;
  }

  @GetMapping("/products/mine")
  @Operation(summary = "The products the caller owns (where they may request workloads)")
  List<NodeView> myProducts(Principal principal) {
    return products.ownedBy(principal.getName()).stream().map(NodeView::of).toList();
  }

  @GetMapping("/nodes")
  @Operation(summary = "The whole hierarchy, top level first")
  List<NodeView> tree() {
    return products.tree().stream().map(NodeView::of).toList();
  }

  record NodeView(String id, OrgLevel level, String name, String parentId, Set<String> owners) {
    static NodeView of(OrgNode n) {
      return new NodeView(n.id(), n.level(), n.name(), n.parentId(), n.owners());
    }
  }
}
