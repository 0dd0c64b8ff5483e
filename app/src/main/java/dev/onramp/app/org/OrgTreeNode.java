package dev.onramp.app.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the hierarchy with its children, for the tree view and {@code GET /api/org/tree}.
 *
 * @param key the import key; null for a node made before imports
 * @param levelName Business Unit, Department, Portfolio or Product
 * @param owners usernames in alphabetical order
 */
public record OrgTreeNode(
    String id,
    String key,
    OrgLevel level,
    String levelName,
    String name,
    List<String> owners,
    List<OrgTreeNode> children) {

  /** The Business Units with everything under them, each level sorted by name. */
  static List<OrgTreeNode> of(List<OrgNode> nodes) {
    Map<String, List<OrgNode>> childrenOf = new HashMap<>();
    List<OrgNode> roots = new ArrayList<>();
    for (OrgNode node : nodes) {
      if (node.parentId() == null) {
        roots.add(node);
      } else {
        childrenOf.computeIfAbsent(node.parentId(), p -> new ArrayList<>()).add(node);
      }
    }
    return build(roots, childrenOf);
  }

  private static List<OrgTreeNode> build(
      List<OrgNode> level, Map<String, List<OrgNode>> childrenOf) {
    return level.stream()
        .sorted(Comparator.comparing(OrgNode::name).thenComparing(OrgNode::id))
        .map(
            n ->
                new OrgTreeNode(
                    n.id(),
                    n.key(),
                    n.level(),
                    n.level().label(),
                    n.name(),
                    n.owners().stream().sorted().toList(),
                    build(childrenOf.getOrDefault(n.id(), List.of()), childrenOf)))
        .toList();
  }
}
