package dev.onramp.app.implementation;

public enum TaskStatus {
  OPEN,
  IMPLEMENTED
}
