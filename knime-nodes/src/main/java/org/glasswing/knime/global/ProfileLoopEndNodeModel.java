package org.glasswing.knime.global;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.global.Profile;
import org.glasswing.knime.bridge.BridgeLoopEndModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;

/**
 * Partial Dependence Loop End: hands the predictor's column back to the profiles' computation and,
 * once it has ended, returns the curves ({@link ProfileRows}) and keeps the profiles for its view.
 * The curves are those of one prediction column: the first of the chosen ones (every {@code P
 * (...)} column, else the {@code Prediction (...)} column), so name the class's column to profile
 * another class.
 */
public final class ProfileLoopEndNodeModel
    extends BridgeLoopEndModel<ProfileResult, ProfileLoopStartNodeModel> {

  private List<Profile> profiles;

  /** Creates the model: one input (the predictions), one output (the curves). */
  public ProfileLoopEndNodeModel() {
    super(ProfileLoopStartNodeModel.class, "Partial Dependence", 1);
  }

  @Override
  protected List<String> outputs(List<String> found, ProfileLoopStartNodeModel start) {
    if (found.size() > 1) {
      setWarningMessage(
          "profiled the first prediction column, '"
              + found.get(0)
              + "'; name another in the setting 'probabilityColumns'");
    }
    return List.of(found.get(0));
  }

  @Override
  protected DataTableSpec[] resultSpecs(DataTableSpec predictions, List<String> found) {
    return new DataTableSpec[] {ProfileRows.SPEC};
  }

  @Override
  protected BufferedDataTable[] finish(
      ProfileResult result,
      List<String> outputs,
      ProfileLoopStartNodeModel start,
      ExecutionContext exec) {
    String column = outputs.get(0);
    List<Profile> named = new ArrayList<>();
    for (Profile p : result.profiles()) {
      named.add(new Profile(p.feature(), column, p.grid(), p.ice(), p.pdp(), p.observed()));
    }
    profiles = List.copyOf(named);
    return new BufferedDataTable[] {ProfileRows.table(result, column, exec)};
  }

  /**
   * What the view shows: the last loop's profiles, named after the profiled column.
   *
   * @return the profiles, or {@code null} before a loop finished (or after a reset)
   */
  List<Profile> profiles() {
    return profiles;
  }

  @Override
  protected void forget() {
    profiles = null;
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    profiles = ProfileViewData.load(nodeInternDir.toPath());
  }

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    if (profiles != null) {
      ProfileViewData.save(profiles, nodeInternDir.toPath());
    }
  }
}
