package org.glasswing.core.sanity;

import java.util.List;
import java.util.Set;
import org.glasswing.core.model.Model;

/**
 * Gives copies of a trained model with the parameters of some layers re-drawn at random, for the
 * model-parameter randomisation test. Implemented by an adapter only for models whose parameters it
 * can reach; there is no fallback for models that offer none.
 */
public interface ParameterRandomiser {

  /**
   * The model's layers of parameters, from the output layer down to the input.
   *
   * @return at least one layer name
   */
  List<String> layers();

  /**
   * A copy of the model with the parameters of the named layers randomised; the original is left
   * untouched.
   *
   * @param layers names from {@link #layers()}
   * @param seed the seed of the random draw
   * @return the randomised copy
   */
  Model randomise(Set<String> layers, long seed);
}
