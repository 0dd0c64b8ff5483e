aws iam wait role-exists --role-name ${roleName}
