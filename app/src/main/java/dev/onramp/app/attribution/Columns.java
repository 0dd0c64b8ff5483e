package dev.onramp.app.attribution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The export columns Onramp reads, by the name used inside the reader.
 *
 * @param byAlias reader alias → column name in the file, null when the format has none
 * @param required the file columns that must be present
 */
record Columns(Map<String, String> byAlias, Set<String> required) {

  static Columns of(SpendFormat format) {
    Map<String, String> names = new LinkedHashMap<>();
    if (format == SpendFormat.CUR) {
      names.put("principal", "line_item_iam_principal");
      names.put("usage_type", "line_item_usage_type");
      names.put("usage_start", "line_item_usage_start_date");
      names.put("cost", "line_item_unblended_cost");
      names.put("account_id", "line_item_usage_account_id");
      names.put("region", "product_region_code");
      names.put("resource_id", "line_item_resource_id");
      names.put("period_start", "bill_billing_period_start_date");
      names.put("tags", null); // CUR names the caller itself
      return new Columns(
          names,
          Set.of(
              "line_item_iam_principal",
              "line_item_usage_type",
              "line_item_usage_start_date",
              "line_item_unblended_cost",
              "line_item_usage_account_id",
              "bill_billing_period_start_date"));
    }
    names.put("principal", null); // only through an iamPrincipal/ tag
    names.put("usage_type", "x_UsageType");
    names.put("usage_start", "ChargePeriodStart");
    names.put("cost", "BilledCost");
    names.put("account_id", "SubAccountId");
    names.put("region", "RegionId");
    names.put("resource_id", "ResourceId");
    names.put("period_start", "BillingPeriodStart");
    names.put("tags", "Tags");
    return new Columns(names, Set.of("ChargePeriodStart", "BilledCost", "SubAccountId"));
  }

  String cost() {
    return byAlias.get("cost");
  }

  String usageStart() {
    return byAlias.get("usage_start");
  }

  String account() {
    return byAlias.get("account_id");
  }

  String periodStart() {
    return byAlias.get("period_start");
  }
}
