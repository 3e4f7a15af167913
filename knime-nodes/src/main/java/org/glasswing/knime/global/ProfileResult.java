package org.glasswing.knime.global;

import java.util.List;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Profile;
import org.knime.core.data.RowKey;

/**
 * What a Partial Dependence loop computed: one profile (PDP and ICE curves) per varied column, the
 * ALE curves of the numeric ones when asked for, and the keys of the profiled rows (the ICE curves'
 * rows, in order).
 *
 * @param profiles the profiles, in column order
 * @param ale the ALE curves, in column order
 * @param rows the profiled rows' keys
 * @param withIce whether the table lists the ICE curves
 */
record ProfileResult(
    List<Profile> profiles, List<AleCurve> ale, List<RowKey> rows, boolean withIce) {

  /**
   * Copies the lists.
   *
   * @param profiles the profiles
   * @param ale the ALE curves
   * @param rows the profiled rows' keys
   * @param withIce whether the table lists the ICE curves
   */
  ProfileResult {
    profiles = List.copyOf(profiles);
    ale = List.copyOf(ale);
    rows = List.copyOf(rows);
  }
}
