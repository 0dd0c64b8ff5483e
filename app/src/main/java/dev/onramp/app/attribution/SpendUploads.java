package dev.onramp.app.attribution;

import dev.onramp.app.web.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A billing file handed in by a person (API or page), or the sample file a FinOps Lead asks to
 * load: imported in one transaction, then the months it covers are searched for allocation gaps.
 */
@Service
public class SpendUploads {

  private final SpendImports imports;
  private final SampleCur sample;
  private final AllocationGapFinder gaps;

  SpendUploads(SpendImports imports, SampleCur sample, AllocationGapFinder gaps) {
    this.imports = imports;
    this.sample = sample;
    this.gaps = gaps;
  }

  /**
   * Imports an uploaded CUR 2.0 or FOCUS 1.2 file (.parquet, .csv or .csv.gz).
   *
   * @param format CUR or FOCUS
   * @throws InvalidFieldException naming {@code file} (with the bad row and column) or {@code
   *     format}; nothing is imported then
   */
  public SpendImportView upload(MultipartFile file, String format, String user) {
    SpendFormat parsed = format(format);
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "upload"
            : file.getOriginalFilename();
    Path temp = null;
    try {
      // DuckDB reads files by name; the suffix tells it Parquet from (gzip) CSV.
      temp = Files.createTempFile("onramp-spend-", suffix(name));
      file.transferTo(temp);
      return importAndDetect(temp, name, parsed, user);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(temp);
    }
  }

  /**
   * Writes the sample CUR file for the month (see {@link SampleCur}) and imports it, because a
   * FinOps Lead asked for demo data: the import is listed under the sample's {@code SAMPLE-} file
   * name and every line carries the sample label.
   */
  public SpendImportView importSample(Period period, String user) {
    SampleCur.Sample written = sample.write(period);
    try {
      return importAndDetect(written.file(), written.fileName(), SpendFormat.CUR, user);
    } finally {
      delete(written.file());
      delete(written.file().getParent());
    }
  }

  private SpendImportView importAndDetect(Path file, String name, SpendFormat format, String user) {
    SpendImportView imported;
    try {
      imported = imports.importFile(file, name, format, user);
    } catch (SpendFileException e) {
      throw new InvalidFieldException("file", e.getMessage());
    }
    // After the import's own transaction: a gap search that failed would not undo the import.
    for (String period : imported.billingPeriods().split(",")) {
      gaps.detect(Period.parse(period));
    }
    return imported;
  }

  private static SpendFormat format(String format) {
    try {
      return SpendFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidFieldException("format", "must be CUR or FOCUS");
    }
  }

  private static String suffix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(".parquet", ".csv.gz", ".csv")) {
      if (lower.endsWith(suffix)) {
        return suffix;
      }
    }
    throw new InvalidFieldException(
        "file", "the file name must end with .parquet, .csv or .csv.gz");
  }

  private static void delete(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      temp.toFile().deleteOnExit();
    }
  }
}
