package dev.onramp.app.attribution;

/**
 * A billing file that cannot be imported, with where: a 1-based data row (0 when the problem is the
 * file as a whole) and a column (null when none).
 */
public class SpendFileException extends RuntimeException {

  private final long row;
  private final String column;

  public SpendFileException(long row, String column, String message) {
    super(describe(row, column, message));
    this.row = row;
    this.column = column;
  }

  public long row() {
    return row;
  }

  public String column() {
    return column;
  }

  private static String describe(long row, String column, String message) {
    StringBuilder text = new StringBuilder();
    if (row > 0) {
      text.append("row ").append(row);
    }
    if (column != null) {
      text.append(text.isEmpty() ? "" : ", ").append("column ").append(column);
    }
    return text.isEmpty() ? message : text + ": " + message;
  }
}
