package dev.onramp.app.attribution;

import dev.onramp.app.web.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Billing file uploads (FinOps Lead). */
@RestController
@RequestMapping("/api/spend/imports")
class SpendImportController {

  private final SpendImports imports;

  SpendImportController(SpendImports imports) {
    this.imports = imports;
  }

  /** Imports a CUR 2.0 or FOCUS 1.2 file: .parquet, .csv or .csv.gz. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  SpendImportView upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam("format") String format,
      Principal user) {
    SpendFormat parsed = format(format);
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    Path temp = null;
    try {
      // DuckDB reads files by name; the suffix tells it Parquet from (gzip) CSV.
      temp = Files.createTempFile("onramp-spend-", suffix(name));
      file.transferTo(temp);
      return imports.importFile(temp, name, parsed, user.getName());
    } catch (SpendFileException e) {
      throw new InvalidFieldException("file", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(temp);
    }
  }

  @GetMapping
  List<SpendImportView> list() {
    return imports.list();
  }

  private static SpendFormat format(String format) {
    try {
      return SpendFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
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
