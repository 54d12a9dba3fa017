package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupPhasesTest {
  @Test
  void threadNamesGoToTheirKind() {
    assertThat(StartupPhases.kind("java")).isEqualTo("main");
    assertThat(StartupPhases.kind("C1 CompilerThre")).isEqualTo("compiler");
    assertThat(StartupPhases.kind("C2 CompilerThre")).isEqualTo("compiler");
    assertThat(StartupPhases.kind("GC Thread#0")).isEqualTo("gc");
    assertThat(StartupPhases.kind("G1 Conc#0")).isEqualTo("gc");
    assertThat(StartupPhases.kind("VM Thread")).isEqualTo("vm");
  }

  @Test
  void lookAlikeNamesAreNotCompilerOrGcThreads() {
    // A thread of ours whose name merely contains a kind's word stays with the JVM's others.
    assertThat(StartupPhases.kind("newstidy-warmup")).isEqualTo("vm");
    assertThat(StartupPhases.kind("Signal Dispatcher")).isEqualTo("vm");
    assertThat(StartupPhases.kind("javac")).isEqualTo("vm");
  }
}
