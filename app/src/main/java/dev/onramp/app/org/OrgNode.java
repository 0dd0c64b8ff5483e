package dev.onramp.app.org;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** One node of the org hierarchy; a product is a node of level E4. */
@Entity
@Table(name = "org_node")
public class OrgNode {

  @Id private String id;

  /** The stable key an imported file names the node by; null for nodes made before imports. */
  @Column(name = "node_key")
  private String key;

  @Enumerated(EnumType.STRING)
  private OrgLevel level;

  private String name;

  @Column(name = "parent_id")
  private String parentId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_node_owner", joinColumns = @JoinColumn(name = "node_id"))
  @Column(name = "username")
  private Set<String> owners = new TreeSet<>();

  private Instant createdAt;

  protected OrgNode() {}

  public OrgNode(OrgLevel level, String name, String parentId, Set<String> owners, Instant now) {
    this(null, level, name, parentId, owners, now);
  }

  public OrgNode(
      String key, OrgLevel level, String name, String parentId, Set<String> owners, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.key = key;
    this.level = level;
    this.name = name;
    this.parentId = parentId;
    this.owners = new TreeSet<>(owners);
    this.createdAt = now;
  }

  public String id() {
    return id;
  }

  public String key() {
    return key;
  }

  public OrgLevel level() {
    return level;
  }

  public String name() {
    return name;
  }

  public String parentId() {
    return parentId;
  }

  public Set<String> owners() {
    return Set.copyOf(owners);
  }

  public boolean isOwnedBy(String username) {
    return owners.contains(username);
  }

  /**
   * Takes an imported row's name, parent and owners (the level never changes).
   *
   * @return whether anything changed
   */
  boolean update(String name, String parentId, Set<String> owners) {
    boolean changed =
        !this.name.equals(name)
            || !Objects.equals(this.parentId, parentId)
            || !this.owners.equals(new TreeSet<>(owners));
    this.name = name;
    this.parentId = parentId;
    this.owners.clear();
    this.owners.addAll(owners);
    return changed;
  }
}
