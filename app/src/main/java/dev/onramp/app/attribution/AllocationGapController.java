package dev.onramp.app.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The FinOps Lead's allocation gaps view and the demo sample billing file. */
@RestController
@RequestMapping("/api/attribution")
class AllocationGapController {

  private final AllocationGapFinder gaps;
  private final SampleCur sample;

  AllocationGapController(AllocationGapFinder gaps, SampleCur sample) {
    this.gaps = gaps;
    this.sample = sample;
  }

  @GetMapping("/gaps")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  AllocationGaps gaps(@RequestParam String period) {
    return gaps.find(Period.parse(period));
  }

  /**
   * A CUR 2.0 Parquet sample for the month, as a download; import it with {@code POST
   * /api/spend/imports}. The header {@code X-Sample-Gap-Kinds} names the gap kinds it shows.
   */
  @PostMapping("/sample-cur")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  ResponseEntity<byte[]> sampleCur(@RequestParam String period) throws IOException {
    SampleCur.Sample written = sample.write(Period.parse(period));
    try {
      byte[] body = Files.readAllBytes(written.file());
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_OCTET_STREAM)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(written.fileName()).build().toString())
          .header(
              "X-Sample-Gap-Kinds",
              written.gapKinds().stream().map(Enum::name).collect(Collectors.joining(",")))
          .body(body);
    } finally {
      Files.deleteIfExists(written.file());
      Files.deleteIfExists(written.file().getParent());
    }
  }
}
