package dev.onramp.app.attribution;

/** The kinds of billing export Onramp reads. */
public enum SpendFormat {
  /** AWS CUR 2.0 data export with caller identity (line_item_iam_principal). */
  CUR,
  /** FOCUS 1.2 with AWS columns. */
  FOCUS
}
