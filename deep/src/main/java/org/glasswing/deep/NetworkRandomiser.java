package org.glasswing.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.glasswing.core.data.Schema;
import org.glasswing.core.sanity.ParameterRandomiser;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Model-parameter randomisation of a trained network (Adebayo et al., 2018): a copy of the network
 * with the weights of the named layers re-initialised by each layer's own initialiser (the
 * distribution the network started from before training). Layers without parameters (pooling) are
 * not listed. The trained network is never changed. Deterministic for a seed.
 */
public final class NetworkRandomiser implements ParameterRandomiser {

  private final MultiLayerNetwork network;
  private final InputEncoding encoding;
  private final Schema schema;
  private final List<String> layers = new ArrayList<>();
  private final List<Integer> indices = new ArrayList<>();

  /**
   * Creates the randomiser.
   *
   * @param classifier a trained network classifier
   * @param schema the schema of the rows the randomised models will predict
   * @throws IllegalStateException if the classifier has not been built
   */
  public NetworkRandomiser(DeepNetClassifier classifier, Schema schema) {
    this.network = classifier.network();
    this.encoding = classifier.encoding();
    this.schema = schema;
    for (int i = network.getnLayers() - 1; i >= 0; i--) {
      Layer layer = network.getLayer(i);
      if (layer.numParams() > 0) {
        String name = layer.conf().getLayer().getLayerName();
        layers.add(name != null ? name : "layer" + i);
        indices.add(i);
      }
    }
  }

  @Override
  public List<String> layers() {
    return List.copyOf(layers);
  }

  @Override
  public NetworkModel randomise(Set<String> names, long seed) {
    for (String name : names) {
      if (!layers.contains(name)) {
        throw new IllegalArgumentException(
            "no layer with parameters named '"
                + name
                + "'; the network's are "
                + String.join(", ", layers));
      }
    }
    MultiLayerNetwork copy = network.clone();
    Nd4j.getRandom().setSeed(seed);
    for (int k = 0; k < layers.size(); k++) {
      if (names.contains(layers.get(k))) {
        Layer layer = copy.getLayer(indices.get(k));
        layer.conf().getLayer().initializer().init(layer.conf(), layer.params(), true);
      }
    }
    return new NetworkModel(copy, encoding, schema);
  }
}
