package dev.onramp.app.request;

/** A new workload, or an AI capability appended to an existing workload. */
public enum RequestMode {
  NEW,
  EXISTING
}
