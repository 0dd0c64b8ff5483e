aws iam create-instance-profile --instance-profile-name ${instanceProfileName}
aws iam add-role-to-instance-profile \
  --instance-profile-name ${instanceProfileName} \
  --role-name ${roleName}
aws iam wait instance-profile-exists --instance-profile-name ${instanceProfileName}
