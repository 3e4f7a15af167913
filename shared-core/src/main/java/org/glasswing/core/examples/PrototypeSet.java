package org.glasswing.core.examples;

import java.util.List;

/**
 * The prototypes and criticisms MMD-critic chose for one group of rows (one class, or all rows).
 *
 * @param group the class label index the group holds, or -1 for all rows
 * @param size the number of rows in the group
 * @param prototypes row indices (into the whole data) of the prototypes, in the order chosen
 * @param criticisms row indices of the criticisms, in the order chosen
 * @param witness the witness function at each criticism, in the same order: positive where the data
 *     is denser than the prototypes cover, negative where the prototypes over-represent it
 * @param mmd2 the squared maximum mean discrepancy between the group and its prototypes; 0 would
 *     mean the prototypes match the group's distribution exactly under the kernel
 */
public record PrototypeSet(
    int group,
    int size,
    List<Integer> prototypes,
    List<Integer> criticisms,
    List<Double> witness,
    double mmd2) {

  /**
   * Copies the lists.
   *
   * @param group the class index or -1
   * @param size the group's row count
   * @param prototypes prototype row indices
   * @param criticisms criticism row indices
   * @param witness the witness value of each criticism
   * @param mmd2 the squared MMD of the prototypes
   */
  public PrototypeSet {
    prototypes = List.copyOf(prototypes);
    criticisms = List.copyOf(criticisms);
    witness = List.copyOf(witness);
    if (witness.size() != criticisms.size()) {
      throw new IllegalArgumentException("one witness value per criticism is needed");
    }
  }
}
