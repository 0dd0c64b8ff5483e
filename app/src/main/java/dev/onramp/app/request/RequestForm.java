package dev.onramp.app.request;

import dev.onramp.app.provisioning.AwsNames;
import dev.onramp.app.provisioning.RequestorRuntime;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The Add Workload wizard's data, as the {@code workload-request} form and the API send it.
 * Utilisation left empty takes the use case's defaults. Rules that span fields are checked by
 * {@link RequestRules}.
 */
public record RequestForm(
    @NotNull RequestMode mode,
    @Size(max = 36) String parentWorkloadId,
    @Size(max = 36) String productId,
    @NotNull UseCase useCase,
    @NotBlank @Size(max = 100) String workloadName,
    @NotBlank @Size(max = 2000) String purpose,
    @NotNull @Min(1) @Max(100_000) Integer teamSize,
    @Min(1) @Max(10_000_000_000L) Long requestsPerMonth,
    @Min(1) @Max(2_000_000) Integer inputTokensPerRequest,
    @Min(1) @Max(2_000_000) Integer outputTokensPerRequest,
    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal monthlyBudgetEstimate,
    @NotNull RequestorRuntime runtime,
    @Pattern(regexp = AwsNames.PRINCIPAL_ARN, message = "must be an IAM role or user ARN")
        String customPrincipalArn,
    @Pattern(
            regexp = AwsNames.EXTERNAL_ID,
            message = "must be 2-1224 characters of [A-Za-z0-9+=,.@:/-]")
        String externalId,
    BusinessCaseType businessCaseType,
    @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal businessCaseAnnualAmount,
    @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal businessCaseTargetPercent) {}
