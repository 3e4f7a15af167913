package org.glasswing.weka.knowledgeflow;

import java.util.List;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.glasswing.weka.filters.AddUncertainty;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.filters.Filter;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;

/**
 * The Knowledge Flow step "Uncertainty scorer": receives a trained classifier with its training and
 * test sets (a Classifier step's {@code batchClassifier} output) and passes on the sets with the
 * {@link AddUncertainty} attributes added: max-prob, margin and entropy; the conformal set size and
 * p-values when the classifier is a {@link ConformalClassifier}; optionally the out-of-distribution
 * percentile against the training set.
 */
@KFStep(
    name = "UncertaintyScorer",
    category = "Glasswing",
    toolTipText =
        "Adds how uncertain a trained classifier's predictions are (max-prob, margin, entropy,"
            + " conformal sets, out-of-distribution percentile) to its test and training sets",
    iconPath = "org/glasswing/weka/knowledgeflow/icons/UncertaintyScorer.png")
public class UncertaintyScorerStep extends ClassifierBatchStep {

  private static final long serialVersionUID = 1L;

  private boolean ood = true;
  private int neighbours = OutOfDistribution.DEFAULT_K;

  /** Creates the step with its defaults: out-of-distribution percentile on, k = 5. */
  public UncertaintyScorerStep() {}

  /**
   * Whether the out-of-distribution percentile is added.
   *
   * @return true to add it
   */
  @OptionMetadata(
      displayName = "out-of-distribution",
      description =
          "Add the percentile of each instance's k-NN distance to the training set among the"
              + " training set's own.",
      displayOrder = 1)
  public boolean getOod() {
    return ood;
  }

  /**
   * Sets whether the out-of-distribution percentile is added.
   *
   * @param ood true to add it
   */
  public void setOod(boolean ood) {
    this.ood = ood;
  }

  /**
   * The neighbour whose distance the out-of-distribution score uses.
   *
   * @return k
   */
  @OptionMetadata(
      displayName = "neighbours",
      description = "k: the out-of-distribution score uses the distance to the k-th nearest.",
      displayOrder = 2)
  public int getNeighbours() {
    return neighbours;
  }

  /**
   * Sets k.
   *
   * @param neighbours at least 1
   */
  public void setNeighbours(int neighbours) {
    this.neighbours = OptionRange.atLeast("K", neighbours, 1, "the k-th nearest neighbour", 5);
  }

  @Override
  protected String stepName() {
    return "the Uncertainty scorer";
  }

  @Override
  protected List<String> outputTypes() {
    return List.of(StepManager.CON_TRAININGSET, StepManager.CON_TESTSET);
  }

  @Override
  protected void process(Batch batch) throws Exception {
    // the training set is its own reference: each row is left out of its own neighbours
    passOnSets(
        batch,
        "Scoring",
        "uncertainty",
        (rows, training, suffix) ->
            score(batch.classifier(), training ? null : batch.train(), rows, suffix));
  }

  /**
   * Scores rows with a trained classifier.
   *
   * @param classifier the trained classifier
   * @param reference the training set the OOD score compares with; {@code null} for the rows
   *     themselves (leave-one-out)
   * @param rows the rows to score
   * @param suffix appended to the relation name
   * @return the rows with the uncertainty attributes
   * @throws Exception if scoring fails
   */
  Instances score(Classifier classifier, Instances reference, Instances rows, String suffix)
      throws Exception {
    AddUncertainty filter = new AddUncertainty();
    filter.setConformal(classifier instanceof ConformalClassifier);
    filter.setOod(ood);
    filter.setNeighbours(neighbours);
    filter.useTrainedClassifier(classifier, reference);
    filter.setInputFormat(rows);
    Instances scored = Filter.useFilter(rows, filter);
    scored.setRelationName(rows.relationName() + suffix);
    return scored;
  }
}
