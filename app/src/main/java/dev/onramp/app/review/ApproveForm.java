package dev.onramp.app.review;

import dev.onramp.app.catalog.InferenceProfileType;
import dev.onramp.app.provisioning.AwsNames;
import dev.onramp.app.provisioning.Platform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The FinOps Lead's approval, steps 2–4 of the review ({@code finops-review} form). */
public record ApproveForm(
    @NotNull Platform platform,
    @NotBlank @Size(max = 200) String modelId,
    @NotBlank @Pattern(regexp = AwsNames.ACCOUNT_ID, message = "must be exactly 12 digits")
        String accountId,
    @NotBlank
        @Pattern(regexp = AwsNames.REGION, message = "must be an AWS region code such as us-east-1")
        String region,
    @NotNull InferenceProfileType inferenceProfileType,
    @NotBlank
        @Pattern(
            regexp = AwsNames.ROLE_NAME,
            message = "must be 1-64 characters of letters, digits and +=,.@_-")
        String roleName,
    @Size(max = 200) String workspaceName,
    Boolean businessCaseAcknowledged,
    @NotNull Priority priority,
    @NotBlank @Size(max = 4000) String rationale) {}
