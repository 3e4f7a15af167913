package org.glasswing.weka.gui;

import org.glasswing.core.io.Csv;
import org.glasswing.core.sanity.Agreement;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.DeletionCurveResult;

/**
 * The sanity views' results as the command line prints them: {@code glasswing sanity}'s {@code
 * method,test,measure,value,verdict}, {@code glasswing faithfulness}'s {@code method,curve,auc} and
 * {@code glasswing agreement}'s {@code method_a,method_b,measure,value}.
 */
final class SanityText {

  private SanityText() {}

  static String verdicts(SanityChecks.Verdicts v) {
    StringBuilder out = new StringBuilder("method,test,measure,value,verdict\n");
    for (CheckResult r : v.results()) {
      out.append(
              String.join(
                  ",",
                  Csv.field(r.method()),
                  Csv.field(r.test()),
                  Csv.field(r.measure()),
                  Csv.number(r.value()),
                  r.verdict().name()))
          .append('\n');
    }
    return out.toString();
  }

  static String curves(SanityChecks.Curves c) {
    StringBuilder out = new StringBuilder("method,curve,auc\n");
    for (DeletionCurveResult r : c.results()) {
      String m = Csv.field(r.method());
      out.append(m).append(",mif,").append(Csv.number(r.mifAuc())).append('\n');
      out.append(m).append(",lif,").append(Csv.number(r.lifAuc())).append('\n');
      out.append(m).append(",random,").append(Csv.number(r.randomAuc())).append('\n');
      out.append(m).append(",srg,").append(Csv.number(r.srg())).append('\n');
    }
    return out.toString();
  }

  static String agreements(SanityChecks.Agreements a) {
    StringBuilder out = new StringBuilder("method_a,method_b,measure,value\n");
    for (Agreement pair : a.pairs()) {
      double[] values = pair.values();
      for (int i = 0; i < values.length; i++) {
        out.append(Csv.field(pair.methodA()))
            .append(',')
            .append(Csv.field(pair.methodB()))
            .append(',')
            .append(Agreement.MEASURES.get(i))
            .append(',')
            .append(Csv.number(values[i]))
            .append('\n');
      }
    }
    return out.toString();
  }
}
