package org.glasswing.weka.knowledgeflow;

import java.util.ArrayList;
import java.util.List;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.BaseStep;

/**
 * What every Glasswing Knowledge Flow step fed by a Classifier step's {@code batchClassifier}
 * output shares: the one incoming connection, reading the trained classifier with its training and
 * test sets from the payload, Stop, and Weka's error conventions. A subclass names its outputs and
 * handles one batch.
 */
public abstract class ClassifierBatchStep extends BaseStep {

  /**
   * One incoming batch: a trained classifier with the sets of one cross-validation fold (or of a
   * train/test split).
   *
   * @param classifier the trained classifier
   * @param train its training set
   * @param test the test set, or {@code null} when none came with it
   * @param setNum the fold's number, from 1
   * @param maxSetNum the number of folds
   */
  protected record Batch(
      Classifier classifier, Instances train, Instances test, int setNum, int maxSetNum) {}

  /** Adds attributes to one of a batch's sets, for {@link #passOnSets}. */
  @FunctionalInterface
  protected interface SetTransform {
    /**
     * Adds the step's attributes to a set.
     *
     * @param rows the test or the training set
     * @param trainingSet whether {@code rows} is the training set
     * @param suffix to append to the relation name, such as {@code _explained_set_1_of_10}
     * @return the set with the attributes added
     * @throws Exception if the work fails
     */
    Instances apply(Instances rows, boolean trainingSet, String suffix) throws Exception;
  }

  /** Creates the step. */
  protected ClassifierBatchStep() {}

  /**
   * The step's name as messages use it.
   *
   * @return such as {@code the Explainer}
   */
  protected abstract String stepName();

  /**
   * The connection types the step sends once a classifier is connected.
   *
   * @return such as {@link StepManager#CON_TEXT}
   */
  protected abstract List<String> outputTypes();

  /**
   * Handles one batch.
   *
   * @param batch the classifier and its sets
   * @throws Exception if the work fails; an {@link InterruptedException} means Stop
   */
  protected abstract void process(Batch batch) throws Exception;

  @Override
  public void stepInit() throws WekaException {
    // nothing to prepare: each incoming classifier is handled on its own
  }

  @Override
  public List<String> getIncomingConnectionTypes() {
    List<String> types = new ArrayList<>();
    if (getStepManager().numIncomingConnections() == 0) {
      types.add(StepManager.CON_BATCH_CLASSIFIER);
    }
    return types;
  }

  @Override
  public List<String> getOutgoingConnectionTypes() {
    return getStepManager().numIncomingConnectionsOfType(StepManager.CON_BATCH_CLASSIFIER) > 0
        ? new ArrayList<>(outputTypes())
        : new ArrayList<>();
  }

  /**
   * Processes one batch. Synchronized: the flow delivers the folds' batches on several threads, and
   * the step manager keeps one busy flag per step, so a batch that finished while another was still
   * running would mark the step idle and let a flow runner end before the other batch's output is
   * saved (a 5-fold flow once saved 1 file of 5). One batch at a time keeps the flag true; the
   * batch waiting for the lock holds its sender busy.
   */
  @Override
  public synchronized void processIncoming(Data data) throws WekaException {
    if (isStopRequested()) {
      getStepManager().interrupted();
      return;
    }
    Classifier classifier = data.getPayloadElement(StepManager.CON_BATCH_CLASSIFIER);
    Instances train = data.getPayloadElement(StepManager.CON_AUX_DATA_TRAININGSET);
    Instances test = data.getPayloadElement(StepManager.CON_AUX_DATA_TESTSET);
    Integer setNum = data.getPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, 1);
    Integer maxSetNum = data.getPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, 1);
    if (classifier == null || train == null) {
      throw new WekaException(
          stepName()
              + " needs a trained classifier with its training set (connect a"
              + " Classifier step's batchClassifier output)");
    }
    getStepManager().processing();
    try {
      process(new Batch(classifier, train, test, setNum, maxSetNum));
    } catch (InterruptedException e) {
      getStepManager().interrupted();
      return;
    } catch (WekaException e) {
      throw e;
    } catch (Exception e) {
      throw new WekaException(e);
    }
    getStepManager().finished();
  }

  /**
   * Sends a set on, numbered as the batch it came from.
   *
   * @param connection the connection type, such as {@link StepManager#CON_TESTSET}
   * @param instances the set
   * @param batch the batch it belongs to
   * @throws WekaException if Weka cannot pass it on
   */
  protected void output(String connection, Instances instances, Batch batch) throws WekaException {
    Data out = new Data(connection, instances);
    out.setPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, batch.setNum());
    out.setPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, batch.maxSetNum());
    getStepManager().outputData(out);
  }

  /**
   * Passes on the batch's test set (when it came with one) and its training set, each transformed,
   * to the steps connected to them, logging each.
   *
   * @param batch the batch
   * @param verb what is done, such as {@code Explaining}
   * @param label the relation name's mark, such as {@code explained}
   * @param transform adds the attributes
   * @throws Exception if the work fails
   */
  protected void passOnSets(Batch batch, String verb, String label, SetTransform transform)
      throws Exception {
    String of = batch.setNum() + " of " + batch.maxSetNum();
    String suffix = "_" + label + "_set_" + batch.setNum() + "_of_" + batch.maxSetNum();
    if (batch.test() != null
        && getStepManager().numOutgoingConnectionsOfType(StepManager.CON_TESTSET) > 0) {
      getStepManager().logBasic(verb + " the test set " + of);
      output(StepManager.CON_TESTSET, transform.apply(batch.test(), false, suffix), batch);
    }
    if (getStepManager().numOutgoingConnectionsOfType(StepManager.CON_TRAININGSET) > 0) {
      getStepManager().logBasic(verb + " the training set " + of);
      output(StepManager.CON_TRAININGSET, transform.apply(batch.train(), true, suffix), batch);
    }
  }
}
