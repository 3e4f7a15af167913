package org.glasswing.weka.classifiers;

import java.io.Serializable;
import org.glasswing.core.glassbox.ExpertMixtureModel;
import org.glasswing.core.glassbox.StandardDesign;
import org.glasswing.weka.WekaData;
import weka.core.Instances;

/**
 * A mixture of experts as a saved Weka model holds it: the training header and plain arrays (the
 * design's columns, means and scales, the gate, the experts, the EM trace), so that a {@code
 * .model} file carries no core class and loads through the allow-list.
 */
final class SavedExpertMixture implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instances header;
  private final int[] sources;
  private final int[] labels;
  private final double[] means;
  private final double[] scales;
  private final double[][] gate;
  private final double[][][] experts;
  private final double[] objective;

  private SavedExpertMixture(ExpertMixtureModel model, Instances header) {
    this.header = header;
    StandardDesign d = model.design();
    int p = d.size();
    sources = new int[p];
    labels = new int[p];
    means = new double[p];
    scales = new double[p];
    for (int j = 0; j < p; j++) {
      sources[j] = d.source(j);
      labels[j] = d.label(j);
      means[j] = d.mean(j);
      scales[j] = d.scale(j);
    }
    gate = model.gate();
    experts = new double[model.numExperts()][][];
    for (int k = 0; k < experts.length; k++) {
      experts[k] = model.expert(k);
    }
    objective = model.objective();
  }

  static SavedExpertMixture of(ExpertMixtureModel model, Instances header) {
    return new SavedExpertMixture(model, header);
  }

  ExpertMixtureModel restore() {
    StandardDesign design =
        StandardDesign.of(WekaData.schema(header), sources, labels, means, scales);
    return new ExpertMixtureModel(design, gate, experts, objective);
  }
}
