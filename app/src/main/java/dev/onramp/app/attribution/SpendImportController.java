package dev.onramp.app.attribution;

import java.security.Principal;
import java.util.List;
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
  private final SpendUploads uploads;

  SpendImportController(SpendImports imports, SpendUploads uploads) {
    this.imports = imports;
    this.uploads = uploads;
  }

  /** Imports a CUR 2.0 or FOCUS 1.2 file: .parquet, .csv or .csv.gz. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  SpendImportView upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam("format") String format,
      Principal user) {
    return uploads.upload(file, format, user.getName());
  }

  @GetMapping
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  List<SpendImportView> list() {
    return imports.list();
  }
}
