package dev.onramp.app.attribution;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cost Explorer ingestion ({@code onramp.cost-explorer.*}). Off by default: it needs AWS
 * credentials (the SDK's default chain: environment, profile, instance or task role) with {@code
 * ce:GetCostAndUsage}, and each call costs USD 0.01.
 *
 * @param enabled whether the API may call Cost Explorer
 * @param endpoint an endpoint override (tests use moto_server); null for AWS itself
 * @param region the signing region; Cost Explorer is served from us-east-1
 * @param principalTag the activated cost-allocation tag carrying the role's {@code OnrampRequest}
 *     tag; Cost Explorer has no IAM-principal dimension, so spend reaches a role only through the
 *     principal tag the provisioning step puts on it (aws-reference.md §5)
 * @param service the SERVICE dimension value of Bedrock spend
 */
@ConfigurationProperties("onramp.cost-explorer")
public record CostExplorerProperties(
    @DefaultValue("false") boolean enabled,
    URI endpoint,
    @DefaultValue("us-east-1") String region,
    @DefaultValue("iamPrincipal/OnrampRequest") String principalTag,
    @DefaultValue("Amazon Bedrock") String service) {}
