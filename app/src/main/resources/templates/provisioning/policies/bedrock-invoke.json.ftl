<#--
  Exactly one model, nothing else (aws-reference.md §2.4). Every request starts as an implicit
  deny; the Allow statements open the approved model (through its inference profile, when there is
  one), and the explicit Deny statements make sure no other policy on this role can open another
  model: a Deny with NotResource for everything but the approved resources, and for profiles a Deny
  of direct foundation-model calls that do not come through the approved profile. Models are
  restricted through Resource; there is no bedrock:InvokedModelId condition key.
  Converse and ConverseStream are authorised as InvokeModel and InvokeModelWithResponseStream.
-->
<#assign actions = '["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]'>
<#macro arns list><#list list as arn>"${arn}"<#sep>, </#list></#macro>
{
  "Version": "2012-10-17",
  "Statement": [
<#switch target.kind>
<#case "IN_REGION">
    {
      "Sid": "AllowTheApprovedModel",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": "${target.sourceModelArn}"
    },
    {
      "Sid": "DenyEveryOtherModelOrProfile",
      "Effect": "Deny",
      "Action": ${actions},
      "NotResource": ["${target.sourceModelArn}"]
    }
<#break>
<#case "GEOGRAPHIC">
    {
      "Sid": "AllowTheApprovedProfile",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": "${target.profileArn}"
    },
    {
      "Sid": "AllowTheModelOnlyThroughThatProfile",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": [<@arns target.modelArns/>],
      "Condition": {"StringEquals": {"bedrock:InferenceProfileArn": "${target.profileArn}"}}
    },
    {
      "Sid": "DenyEveryOtherModelOrProfile",
      "Effect": "Deny",
      "Action": ${actions},
      "NotResource": ["${target.profileArn}", <@arns target.modelArns/>]
    },
    {
      "Sid": "DenyDirectModelCallsBypassingTheProfile",
      "Effect": "Deny",
      "Action": ${actions},
      "Resource": "arn:aws:bedrock:*::foundation-model/*",
      "Condition": {"StringNotEquals": {"bedrock:InferenceProfileArn": "${target.profileArn}"}}
    }
<#break>
<#case "GLOBAL">
<#-- A global profile serves from any commercial region: the request to the model is made with
     aws:RequestedRegion "unspecified" on the region-less model ARN. -->
    {
      "Sid": "AllowTheApprovedProfile",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": "${target.profileArn}"
    },
    {
      "Sid": "AllowTheModelInTheSourceRegionThroughThatProfile",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": "${target.sourceModelArn}",
      "Condition": {
        "StringEquals": {
          "aws:RequestedRegion": "${region}",
          "bedrock:InferenceProfileArn": "${target.profileArn}"
        }
      }
    },
    {
      "Sid": "AllowTheGlobalModelThroughThatProfile",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": "${target.regionlessModelArn}",
      "Condition": {
        "StringEquals": {
          "aws:RequestedRegion": "unspecified",
          "bedrock:InferenceProfileArn": "${target.profileArn}"
        }
      }
    },
    {
      "Sid": "DenyEveryOtherModelOrProfile",
      "Effect": "Deny",
      "Action": ${actions},
      "NotResource": ["${target.profileArn}", <@arns target.modelArns/>]
    },
    {
      "Sid": "DenyDirectModelCallsBypassingTheProfile",
      "Effect": "Deny",
      "Action": ${actions},
      "Resource": "arn:aws:bedrock:*::foundation-model/*",
      "Condition": {"StringNotEquals": {"bedrock:InferenceProfileArn": "${target.profileArn}"}}
    }
<#break>
<#case "MARKETPLACE_ENDPOINT">
<#-- A Bedrock Marketplace model on its own SageMaker endpoint: Bedrock takes the endpoint ARN as
     modelId and calls the endpoint on the caller's behalf, as in the Bedrock Marketplace setup
     policy; the endpoint itself stays closed to direct SageMaker calls. -->
    {
      "Sid": "AllowTheApprovedMarketplaceEndpoint",
      "Effect": "Allow",
      "Action": ${actions},
      "Resource": "${target.invokeId}"
    },
    {
      "Sid": "AllowTheEndpointOnlyThroughBedrock",
      "Effect": "Allow",
      "Action": ["sagemaker:InvokeEndpoint", "sagemaker:InvokeEndpointWithResponseStream"],
      "Resource": "${target.invokeId}",
      "Condition": {"StringEquals": {"aws:CalledViaLast": "bedrock.amazonaws.com"}}
    },
    {
      "Sid": "DenyEveryOtherModelOrEndpoint",
      "Effect": "Deny",
      "Action": ${actions},
      "NotResource": ["${target.invokeId}"]
    }
<#break>
</#switch>
  ]
}
