package dev.onramp.app.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection or a send-back: the Product Owner reads the rationale. */
public record RationaleForm(@NotBlank @Size(max = 4000) String rationale) {}
