package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void namesTheJarsWekaVersionOnlyWhenItDiffersFromTheRunningOne() {
    assertThat(Provenance.wekaVersion("3.8.7", "3.8.7")).isEqualTo("3.8.7");
    assertThat(Provenance.wekaVersion("3.8.7", null)).isEqualTo("3.8.7");
    assertThat(Provenance.wekaVersion("3.8.8-SNAPSHOT", "3.8.7"))
        .startsWith("3.8.8-SNAPSHOT")
        .contains("weka-stable 3.8.7");
  }

  @Test
  void checksumsAreTheKnownSha256() {
    // The SHA-256 test vector of "abc" (FIPS 180-2, appendix B.1).
    assertThat(Provenance.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
