package dev.onramp.app.org;

import dev.onramp.app.web.ApiProblemHandler.FieldProblem;
import dev.onramp.app.web.InvalidFieldException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an org hierarchy file into rows, keeping each row's line so a problem can point at it.
 *
 * <p>CSV: a header naming the columns {@code key,level,name,parent,owners} (any order), then one
 * node per row; owners separated by {@code ;}. YAML: a list of nodes with the same fields, at the
 * top or under {@code nodes:}; {@code owners} a list or a {@code ;}-separated string.
 */
final class OrgFile {

  static final List<String> FIELDS = List.of("key", "level", "name", "parent", "owners");
  private static final Set<String> REQUIRED_COLUMNS = Set.of("key", "level", "name", "owners");

  private OrgFile() {}

  static List<OrgRow> read(String text, OrgFileFormat format) {
    List<OrgRow> rows = format == OrgFileFormat.CSV ? csv(text) : yaml(text);
    if (rows.isEmpty()) {
      throw new InvalidFieldException("file", "holds no nodes");
    }
    return rows;
  }

  private static List<OrgRow> csv(String text) {
    List<CsvRecord> records = CsvRecord.parse(text);
    if (records.isEmpty()) {
      return List.of();
    }
    CsvRecord header = records.get(0);
    Map<String, Integer> column = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < header.values().size(); i++) {
      String name = header.values().get(i).trim().toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(name)) {
        problems.add(
            at(header.line(), name.isEmpty() ? "column " + (i + 1) : name, unknownField()));
      } else if (column.putIfAbsent(name, i) != null) {
        problems.add(at(header.line(), name, "is a second column of that name"));
      }
    }
    for (String required : REQUIRED_COLUMNS) {
      if (!column.containsKey(required)) {
        problems.add(at(header.line(), required, "column is missing from the header"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    List<OrgRow> rows = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      if (record.isBlank()) {
        continue;
      }
      if (record.values().size() != header.values().size()) {
        problems.add(
            at(
                record.line(),
                "columns",
                "has " + record.values().size() + " values, the header names " + header.size()));
        continue;
      }
      rows.add(
          new OrgRow(
              record.line(),
              record.get(column.get("key")),
              record.get(column.get("level")),
              record.get(column.get("name")),
              column.containsKey("parent") ? record.get(column.get("parent")) : "",
              owners(record.get(column.get("owners")))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    return rows;
  }

  private static List<OrgRow> yaml(String text) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Integer line = e.getProblemMark() == null ? null : e.getProblemMark().getLine();
      throw new InvalidFieldException(List.of(at(line(line), "file", e.getProblem())));
    } catch (YAMLException e) {
      throw new InvalidFieldException("file", "is not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      return List.of();
    }
    if (root instanceof MappingNode top) {
      root = null;
      for (NodeTuple t : top.getValue()) {
        if ("nodes".equals(scalar(t.getKeyNode()))) {
          root = t.getValueNode();
        }
      }
      if (root == null) {
        throw new InvalidFieldException(
            List.of(at(line(top), "nodes", "is missing: list the nodes under nodes:")));
      }
    }
    if (!(root instanceof SequenceNode list)) {
      throw new InvalidFieldException(List.of(at(line(root), "nodes", "must be a list of nodes")));
    }
    List<OrgRow> rows = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode entry)) {
        problems.add(
            at(line(item), "node", "must be a mapping of key, level, name, parent, owners"));
        continue;
      }
      Map<String, Node> fields = new LinkedHashMap<>();
      for (NodeTuple t : entry.getValue()) {
        String field = scalar(t.getKeyNode());
        if (field == null || !FIELDS.contains(field)) {
          problems.add(at(line(t.getKeyNode()), String.valueOf(field), unknownField()));
        } else {
          fields.put(field, t.getValueNode());
        }
      }
      rows.add(
          new OrgRow(
              line(entry),
              text(fields.get("key")),
              text(fields.get("level")),
              text(fields.get("name")),
              text(fields.get("parent")),
              yamlOwners(fields.get("owners"))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    return rows;
  }

  private static List<String> yamlOwners(Node node) {
    if (node instanceof SequenceNode list) {
      List<String> owners = new ArrayList<>();
      for (Node owner : list.getValue()) {
        String value = text(owner);
        if (!value.isEmpty()) {
          owners.add(value);
        }
      }
      return owners;
    }
    return owners(text(node));
  }

  /** Owners written in one cell: separated by semicolons (commas and spaces are taken too). */
  static List<String> owners(String cell) {
    List<String> owners = new ArrayList<>();
    for (String owner : cell.split("[;,\\s]+")) {
      if (!owner.isEmpty()) {
        owners.add(owner);
      }
    }
    return owners;
  }

  private static String text(Node node) {
    String value = scalar(node);
    return value == null ? "" : value.trim();
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private static int line(Integer zeroBased) {
    return zeroBased == null ? 1 : zeroBased + 1;
  }

  private static String unknownField() {
    return "is not a field of a node (" + String.join(", ", FIELDS) + ")";
  }

  /** A problem at a line of the file: the field reads {@code line 4, parent}. */
  static FieldProblem at(int line, String field, String message) {
    return new FieldProblem("line " + line + ", " + field, message);
  }
}
