<#-- Stops a paste run with the wrong credentials before anything is created (prints, never exits the shell). -->
test "$(aws sts get-caller-identity --query Account --output text)" = "${accountId}" \
  || echo "STOP: these credentials are not for account ${accountId}" >&2
