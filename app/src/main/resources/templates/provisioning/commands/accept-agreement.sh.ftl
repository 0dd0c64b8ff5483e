<#-- Marketplace-sold models: accept the first offer once per account (aws-reference.md §3). -->
OFFER_TOKEN=$(aws bedrock list-foundation-model-agreement-offers --model-id ${modelId} --region ${region} \
  --query 'offers[0].offerToken' --output text)
aws bedrock create-foundation-model-agreement --model-id ${modelId} --offer-token "$OFFER_TOKEN" --region ${region}
aws bedrock get-foundation-model-availability --model-id ${modelId} --region ${region} \
  --query agreementAvailability.status --output text
