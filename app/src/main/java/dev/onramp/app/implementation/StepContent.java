package dev.onramp.app.implementation;

import dev.onramp.app.provisioning.CommandBlock;
import dev.onramp.app.provisioning.ConsoleLink;
import dev.onramp.app.provisioning.GeneratedFile;
import java.util.List;

/** What a step shows the engineer, stored as rendered at approval. */
public record StepContent(
    List<CommandBlock> commands, List<GeneratedFile> files, List<ConsoleLink> links) {}
