package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.DimensionValues;
import software.amazon.awssdk.services.costexplorer.model.Expression;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinition;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/** Daily Bedrock spend from GetCostAndUsage, all pages, as (day, group, usage type, cost). */
final class CostExplorerDays {

  private static final String METRIC = "UnblendedCost";

  /**
   * @param group the first group key: an account id, or the principal tag's value ("" untagged)
   */
  record Amount(LocalDate day, String usageType, String group, BigDecimal cost) {}

  private final CostExplorerClient client;
  private final CostExplorerProperties properties;

  CostExplorerDays(CostExplorerClient client, CostExplorerProperties properties) {
    this.client = client;
    this.properties = properties;
  }

  List<Amount> byAccount(LocalDate start, LocalDate end) {
    return query(
        start,
        end,
        GroupDefinition.builder()
            .type(GroupDefinitionType.DIMENSION)
            .key("LINKED_ACCOUNT")
            .build());
  }

  List<Amount> byPrincipalTag(LocalDate start, LocalDate end) {
    return query(
        start,
        end,
        GroupDefinition.builder()
            .type(GroupDefinitionType.TAG)
            .key(properties.principalTag())
            .build());
  }

  private List<Amount> query(LocalDate start, LocalDate end, GroupDefinition first) {
    List<Amount> amounts = new ArrayList<>();
    String token = null;
    do {
      GetCostAndUsageResponse page =
          client.getCostAndUsage(
              GetCostAndUsageRequest.builder()
                  .timePeriod(
                      DateInterval.builder().start(start.toString()).end(end.toString()).build())
                  .granularity(Granularity.DAILY)
                  .metrics(METRIC)
                  .filter(
                      Expression.builder()
                          .dimensions(
                              DimensionValues.builder()
                                  .key("SERVICE")
                                  .values(properties.service())
                                  .build())
                          .build())
                  .groupBy(
                      first,
                      GroupDefinition.builder()
                          .type(GroupDefinitionType.DIMENSION)
                          .key("USAGE_TYPE")
                          .build())
                  .nextPageToken(token)
                  .build());
      for (ResultByTime result : page.resultsByTime()) {
        LocalDate day = LocalDate.parse(result.timePeriod().start());
        for (Group group : result.groups()) {
          if (group.keys().size() != 2 || !group.metrics().containsKey(METRIC)) {
            continue;
          }
          BigDecimal cost = new BigDecimal(group.metrics().get(METRIC).amount());
          amounts.add(new Amount(day, group.keys().get(1), groupValue(group.keys().get(0)), cost));
        }
      }
      token = page.nextPageToken();
    } while (token != null && !token.isEmpty());
    return amounts;
  }

  /** A TAG group key reads {@code key$value}; a dimension key is the value itself. */
  private static String groupValue(String key) {
    int dollar = key.indexOf('$');
    return dollar < 0 ? key : key.substring(dollar + 1);
  }
}
