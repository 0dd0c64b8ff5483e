package dev.onramp.app.org;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.web.ApiProblemHandler.FieldProblem;
import dev.onramp.app.web.InvalidFieldException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an org hierarchy file. Nodes are matched by their key: a node already imported takes the
 * file's name, parent and owners; a new key makes a new node; nodes the file does not mention stay
 * as they are (workloads belong to them). The whole file is checked first and every problem is
 * reported with its line; a file with any problem changes nothing.
 */
@Service
public class OrgImport {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{1,100}");
  private static final int NAME_LENGTH = 200;

  private final OrgNodeRepository nodes;
  private final AuditLog audit;
  private final Clock clock;

  OrgImport(OrgNodeRepository nodes, AuditLog audit, Clock clock) {
    this.nodes = nodes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Imports a CSV or YAML file's text.
   *
   * @throws InvalidFieldException naming each bad line and field; nothing is imported then
   */
  @Transactional
  public OrgImportResult importFile(String text, OrgFileFormat format, Actor actor) {
    List<OrgRow> rows = OrgFile.read(text, format);
    Map<String, OrgNode> existing = new HashMap<>();
    Map<String, OrgNode> byId = new HashMap<>();
    for (OrgNode node : nodes.findAll()) {
      byId.put(node.id(), node);
      if (node.key() != null) {
        existing.put(node.key(), node);
      }
    }
    List<Valid> valid = new Checker(rows, existing, byId).check();

    int created = 0;
    int updated = 0;
    Map<String, String> idByKey = new HashMap<>();
    existing.forEach((key, node) -> idByKey.put(key, node.id()));
    // Parents first, so a new child can point at its new parent's id.
    List<Valid> ordered = new ArrayList<>(valid);
    ordered.sort(Comparator.comparing(Valid::level));
    for (Valid row : ordered) {
      String parentId = row.parentKey() == null ? null : idByKey.get(row.parentKey());
      OrgNode node = existing.get(row.key());
      if (node == null) {
        node =
            nodes.save(
                new OrgNode(
                    row.key(), row.level(), row.name(), parentId, row.owners(), clock.instant()));
        idByKey.put(row.key(), node.id());
        created++;
      } else if (node.update(row.name(), parentId, row.owners())) {
        updated++;
      }
    }
    OrgImportResult result =
        new OrgImportResult(valid.size(), created, updated, valid.size() - created - updated);
    audit.record(
        actor,
        "org-imported",
        "org-import",
        UUID.randomUUID().toString(),
        format
            + " file, "
            + result.nodes()
            + " nodes: "
            + created
            + " created, "
            + updated
            + " updated, "
            + result.unchanged()
            + " unchanged");
    return result;
  }

  /** A row that passed every check. */
  private record Valid(
      String key, OrgLevel level, String name, String parentKey, Set<String> owners) {}

  /** Checks the rows against each other and against the nodes imported before. */
  private static final class Checker {
    private final List<OrgRow> rows;
    private final Map<String, OrgNode> existing;
    private final Map<String, OrgNode> byId;
    private final Map<String, OrgRow> inFile = new HashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    Checker(List<OrgRow> rows, Map<String, OrgNode> existing, Map<String, OrgNode> byId) {
      this.rows = rows;
      this.existing = existing;
      this.byId = byId;
    }

    List<Valid> check() {
      List<Valid> valid = new ArrayList<>();
      for (OrgRow row : rows) {
        Optional<Valid> fields = fields(row);
        fields.ifPresent(valid::add);
      }
      if (problems.isEmpty()) {
        for (int i = 0; i < valid.size(); i++) {
          parent(rows.get(i), valid.get(i));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidFieldException(problems);
      }
      return valid;
    }

    /** The row's own fields, each on its own; duplicates of a key. */
    private Optional<Valid> fields(OrgRow row) {
      int before = problems.size();
      if (row.key().isEmpty()) {
        problem(row, "key", "is required");
      } else if (!KEY.matcher(row.key()).matches()) {
        problem(
            row,
            "key",
            "must be up to 100 letters, digits, '.', '_', ':' or '-', starting with a letter"
                + " or digit");
      } else if (inFile.containsKey(row.key())) {
        problem(
            row, "key", "'" + row.key() + "' is already on line " + inFile.get(row.key()).line());
      } else {
        inFile.put(row.key(), row);
      }
      OrgLevel level = level(row.level());
      if (level == null) {
        problem(row, "level", "must be E1, E2, E3 or E4 (Business Unit … Product)");
      } else if (existing.containsKey(row.key()) && existing.get(row.key()).level() != level) {
        OrgNode node = existing.get(row.key());
        problem(
            row,
            "level",
            "'"
                + row.key()
                + "' is already a "
                + describe(node.level())
                + "; a level never changes");
      }
      if (row.name().isEmpty()) {
        problem(row, "name", "is required");
      } else if (row.name().length() > NAME_LENGTH) {
        problem(row, "name", "must be at most " + NAME_LENGTH + " characters");
      }
      if (row.owners().isEmpty()) {
        problem(row, "owners", "names no owner: every node has at least one");
      }
      for (String owner : row.owners()) {
        if (!USERNAME.matcher(owner).matches()) {
          problem(row, "owners", "'" + owner + "' is not a username");
        }
      }
      if (!row.parent().isEmpty() && !KEY.matcher(row.parent()).matches()) {
        problem(row, "parent", "'" + row.parent() + "' is not a node key");
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(
          new Valid(
              row.key(),
              level,
              row.name(),
              row.parent().isEmpty() ? null : row.parent(),
              new LinkedHashSet<>(row.owners())));
    }

    /** The parent exists, sits exactly one level up and is no descendant of the row. */
    private void parent(OrgRow row, Valid node) {
      if (node.parentKey() == null) {
        if (node.level() != OrgLevel.E1) {
          problem(
              row,
              "parent",
              "is required: a "
                  + describe(node.level())
                  + " sits under a "
                  + describe(OrgLevel.values()[node.level().ordinal() - 1]));
        }
        return;
      }
      if (node.level() == OrgLevel.E1) {
        problem(row, "parent", "must be empty: a Business Unit (E1) is the top of the tree");
        return;
      }
      OrgLevel parentLevel = levelOf(node.parentKey());
      if (parentLevel == null) {
        problem(
            row,
            "parent",
            "'" + node.parentKey() + "' is no node of this file nor one imported before");
        return;
      }
      List<String> cycle = cycleFrom(node.key());
      if (!cycle.isEmpty()) {
        problem(row, "parent", "makes a cycle: " + String.join(" → ", cycle));
        return;
      }
      if (parentLevel.ordinal() != node.level().ordinal() - 1) {
        problem(
            row,
            "parent",
            "a "
                + describe(node.level())
                + " must sit under a "
                + describe(OrgLevel.values()[node.level().ordinal() - 1])
                + ", and '"
                + node.parentKey()
                + "' is a "
                + describe(parentLevel));
      }
    }

    /**
     * Follows parents from the key upwards, the file's word before the database's; the keys of the
     * loop when the path comes back to one of them, else empty.
     */
    private List<String> cycleFrom(String key) {
      List<String> path = new ArrayList<>(List.of(key));
      Set<String> seen = new HashSet<>(path);
      String current = parentKeyOf(key);
      while (current != null) {
        path.add(current);
        if (!seen.add(current)) {
          return path.subList(path.indexOf(current), path.size());
        }
        current = parentKeyOf(current);
      }
      return List.of();
    }

    private String parentKeyOf(String key) {
      OrgRow row = inFile.get(key);
      if (row != null) {
        return row.parent().isEmpty() ? null : row.parent();
      }
      OrgNode node = existing.get(key);
      OrgNode parent = node == null || node.parentId() == null ? null : byId.get(node.parentId());
      return parent == null ? null : parent.key();
    }

    private OrgLevel levelOf(String key) {
      OrgRow row = inFile.get(key);
      if (row != null) {
        return level(row.level());
      }
      OrgNode node = existing.get(key);
      return node == null ? null : node.level();
    }

    private void problem(OrgRow row, String field, String message) {
      problems.add(OrgFile.at(row.line(), field, message));
    }
  }

  /** E1–E4, or the level's name ("Business Unit"), in any case. */
  static OrgLevel level(String text) {
    for (OrgLevel level : OrgLevel.values()) {
      if (level.name().equalsIgnoreCase(text)
          || level.label().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    return null;
  }

  private static String describe(OrgLevel level) {
    return level.label() + " (" + level.name() + ")";
  }
}
