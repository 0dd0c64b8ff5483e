package dev.onramp.app.attribution;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClientBuilder;

/** Builds the SDK client from the properties, with the SDK's default credential chain. */
final class CostExplorerClientFactory {

  private CostExplorerClientFactory() {}

  static CostExplorerClient create(CostExplorerProperties properties) {
    CostExplorerClientBuilder builder =
        CostExplorerClient.builder()
            .region(Region.of(properties.region()))
            .httpClientBuilder(UrlConnectionHttpClient.builder());
    if (properties.endpoint() != null) {
      builder.endpointOverride(properties.endpoint());
    }
    return builder.build();
  }
}
