package dev.onramp.app.org;

import dev.onramp.app.web.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of an RFC 4180 CSV text: comma separated, fields in double quotes may hold commas,
 * line breaks and doubled quotes. Small enough not to need a CSV library for an org file.
 *
 * @param line the line the record starts on, counted from 1
 */
record CsvRecord(int line, List<String> values) {

  static List<CsvRecord> parse(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    // A byte order mark from a spreadsheet export is not part of the first column's name.
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          value.append(c);
        }
      } else if (c == '"' && value.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        values.add(value.toString());
        value.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        values.add(value.toString());
        value.setLength(0);
        records.add(new CsvRecord(recordLine, List.copyOf(values)));
        values.clear();
        line++;
        recordLine = line;
      } else {
        value.append(c);
      }
    }
    if (quoted) {
      throw new InvalidFieldException(
          List.of(OrgFile.at(recordLine, "file", "a quoted value is never closed")));
    }
    if (!value.isEmpty() || !values.isEmpty()) {
      values.add(value.toString());
      records.add(new CsvRecord(recordLine, List.copyOf(values)));
    }
    return records;
  }

  int size() {
    return values.size();
  }

  String get(int column) {
    return values.get(column).trim();
  }

  boolean isBlank() {
    return values.stream().allMatch(String::isBlank);
  }
}
