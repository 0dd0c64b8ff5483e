<#--
  EC2 instance role: no confused-deputy condition, EC2 does not send one. Who may attach the role
  to an instance is controlled by iam:PassRole; the role reaches the instance through the instance
  profile of the same name.
-->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}
