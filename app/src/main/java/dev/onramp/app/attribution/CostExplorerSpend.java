package dev.onramp.app.attribution;

import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * Imports a month of Bedrock spend from Cost Explorer, for companies without a CUR 2.0 export.
 *
 * <p>Cost Explorer has no IAM-principal dimension and allows two group-bys, so it is asked twice
 * per month, daily: spend by account and usage type (the whole Bedrock bill), and spend by the
 * {@code OnrampRequest} principal tag and usage type. A tagged amount goes to the claimed role of
 * that request, in the role's account; what remains of an account's spend is imported without a
 * principal, so it shows as unattributed and the month still reconciles with the bill. The result
 * is written as a CUR 2.0 file and imported like one: a later import of the month (from Cost
 * Explorer or a CUR file) replaces it. Cost Explorer is daily, so a line starts at midnight UTC and
 * the day of a claim is not attributed (the claim hour rule, widened to the day).
 */
@Service
public class CostExplorerSpend {

  private static final Pattern ROLE_ACCOUNT = Pattern.compile("^arn:[^:]+:iam::(\\d{12}):role/");

  private final CostExplorerProperties properties;
  private final SpendImports imports;
  private final JdbcClient jdbc;
  private final Clock clock;

  CostExplorerSpend(
      CostExplorerProperties properties,
      SpendImports imports,
      JdbcClient jdbc,
      ObjectProvider<Clock> clock) {
    this.properties = properties;
    this.imports = imports;
    this.jdbc = jdbc;
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  public SpendImportView importMonth(YearMonth month, String user) {
    if (!properties.enabled()) {
      throw new ConflictException(
          "Cost Explorer is not configured: set onramp.cost-explorer.enabled=true and give the"
              + " app AWS credentials allowed ce:GetCostAndUsage.");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (month.isAfter(YearMonth.from(today))) {
      throw new InvalidFieldException("month", "must not be in the future");
    }
    LocalDate start = month.atDay(1);
    LocalDate end = min(month.plusMonths(1).atDay(1), today.plusDays(1));
    List<CostExplorerDays.Amount> byAccount;
    List<CostExplorerDays.Amount> byTag;
    try (CostExplorerClient client = CostExplorerClientFactory.create(properties)) {
      CostExplorerDays days = new CostExplorerDays(client, properties);
      byAccount = days.byAccount(start, end);
      byTag = days.byPrincipalTag(start, end);
    } catch (SdkException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_GATEWAY, "Cost Explorer refused or failed: " + e.getMessage(), e);
    }
    List<String> lines = curLines(month, byAccount, byTag);
    Path file = null;
    try {
      file = Files.createTempFile("onramp-cost-explorer-", ".csv");
      Files.write(file, lines);
      return imports.importFile(file, "Cost Explorer " + month + " (daily)", SpendFormat.CUR, user);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file);
    }
  }

  /** CUR 2.0 lines: tagged spend on its role, the rest of each account without a principal. */
  private List<String> curLines(
      YearMonth month,
      List<CostExplorerDays.Amount> byAccount,
      List<CostExplorerDays.Amount> byTag) {
    Map<String, String> roleByRequest = rolesOf(byTag);
    // day|usage type|account → what is left after the tagged amounts
    Map<String, BigDecimal> rest = new TreeMap<>();
    byAccount.forEach(
        a -> rest.merge(key(a.day(), a.usageType(), a.group()), a.cost(), BigDecimal::add));
    List<String> lines = new ArrayList<>();
    lines.add(
        "line_item_iam_principal,line_item_usage_type,line_item_usage_start_date,"
            + "line_item_unblended_cost,line_item_usage_account_id,bill_billing_period_start_date");
    String periodStart = month.atDay(1) + "T00:00:00Z";
    for (CostExplorerDays.Amount tagged : byTag) {
      String role = roleByRequest.get(tagged.group());
      if (role == null) {
        continue; // untagged, or a request Onramp does not know: stays in the account's rest
      }
      var account = ROLE_ACCOUNT.matcher(role);
      if (!account.find()) {
        continue;
      }
      rest.merge(
          key(tagged.day(), tagged.usageType(), account.group(1)),
          tagged.cost().negate(),
          BigDecimal::add);
      lines.add(line(role, tagged, account.group(1), periodStart));
    }
    rest.forEach(
        (key, cost) -> {
          if (cost.signum() != 0) {
            String[] parts = key.split("\\|", 3);
            lines.add(
                line(
                    "",
                    new CostExplorerDays.Amount(
                        LocalDate.parse(parts[0]), parts[1], parts[2], cost),
                    parts[2],
                    periodStart));
          }
        });
    return lines;
  }

  private Map<String, String> rolesOf(List<CostExplorerDays.Amount> byTag) {
    List<String> requestIds =
        byTag.stream()
            .map(CostExplorerDays.Amount::group)
            .filter(g -> !g.isEmpty())
            .distinct()
            .toList();
    Map<String, String> roles = new HashMap<>();
    if (requestIds.isEmpty()) {
      return roles;
    }
    jdbc.sql(
            "select request_id, role_arn from ai_component where role_arn is not null and"
                + " request_id in (:ids)")
        .param("ids", requestIds)
        .query(
            rs -> {
              roles.put(rs.getString(1), rs.getString(2));
            });
    return roles;
  }

  private static String line(
      String principal, CostExplorerDays.Amount amount, String account, String periodStart) {
    return String.join(
        ",",
        principal,
        csv(amount.usageType()),
        amount.day() + "T00:00:00Z",
        amount.cost().toPlainString(),
        account,
        periodStart);
  }

  /** Usage types are letters, digits, dots and dashes; quoted anyway in case one is not. */
  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String key(LocalDate day, String usageType, String account) {
    return day + "|" + usageType + "|" + account;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temp file left behind is harmless; the import's outcome is what matters.
      }
    }
  }
}
