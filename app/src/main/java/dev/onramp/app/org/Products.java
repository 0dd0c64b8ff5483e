package dev.onramp.app.org;

import dev.onramp.app.web.InvalidFieldException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The products (E4 nodes) workloads belong to, and who owns them. */
@Service
@Transactional(readOnly = true)
public class Products {

  private final OrgNodeRepository nodes;

  Products(OrgNodeRepository nodes) {
    this.nodes = nodes;
  }

  /** The product named by a request's {@code productId} field, or a 400 naming that field. */
  public OrgNode requireProduct(String productId) {
    return nodes
        .findById(productId)
        .filter(n -> n.level() == OrgLevel.E4)
        .orElseThrow(() -> new InvalidFieldException("productId", "is not a known product"));
  }

  public OrgNode get(String productId) {
    return nodes.findById(productId).orElseThrow();
  }

  public Set<String> ownersOf(String productId) {
    return get(productId).owners();
  }

  public List<OrgNode> ownedBy(String username) {
    return nodes.findOwnedBy(username, OrgLevel.E4);
  }

  public List<OrgNode> tree() {
    return nodes.findAllByOrderByLevelAscNameAsc();
  }

  /** The hierarchy nested: Business Units at the top. */
  public List<OrgTreeNode> nested() {
    return OrgTreeNode.of(nodes.findAll());
  }
}
