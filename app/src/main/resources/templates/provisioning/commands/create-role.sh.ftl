aws iam create-role \
  --role-name ${roleName} \
  --assume-role-policy-document file://trust.json \
  --description ${sh.q(roleDescription)} \
  --query Role.Arn --output text
