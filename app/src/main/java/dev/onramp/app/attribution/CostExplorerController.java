package dev.onramp.app.attribution;

import dev.onramp.app.web.InvalidFieldException;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pulls a month of Bedrock spend from Cost Explorer (FinOps Lead). */
@RestController
@RequestMapping("/api/spend/cost-explorer")
@EnableConfigurationProperties(CostExplorerProperties.class)
class CostExplorerController {

  private final CostExplorerSpend costExplorer;

  CostExplorerController(CostExplorerSpend costExplorer) {
    this.costExplorer = costExplorer;
  }

  /** Body {@code {"month": "YYYY-MM"}} (UTC); replaces whatever was imported for that month. */
  record ImportMonth(String month) {}

  @PostMapping("/imports")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  SpendImportView importMonth(@RequestBody ImportMonth body, Principal user) {
    if (body.month() == null || body.month().isBlank()) {
      throw new InvalidFieldException("month", "is required, as YYYY-MM");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(body.month().trim());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("month", "must be a month as YYYY-MM");
    }
    return costExplorer.importMonth(month, user.getName());
  }
}
