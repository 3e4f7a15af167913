package org.glasswing.deep;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@link MultiLayerNetwork} as bytes in Deeplearning4j's zip format, read without Java
 * serialization: {@code ModelSerializer}'s own reader opens an unfiltered {@code ObjectInputStream}
 * on a {@value #PREPROCESSOR} entry, so a crafted file could run code of any class on the class
 * path inside Weka's GUI or KNIME, where no JVM-wide filter can be set.
 *
 * <p>Only {@value #CONFIGURATION} (its class names checked by {@link NetworkJson} before it is
 * parsed) and {@value #COEFFICIENTS} (Nd4j's binary array format) are read; the optimiser state
 * {@value #UPDATER} is skipped (a loaded network predicts, it is not trained further), and every
 * other entry, Java-serialized {@value #PREPROCESSOR} and {@value #NORMALIZER} included, is
 * refused. Written with {@code ModelSerializer}, without updater state or normaliser, so the files
 * of earlier releases and of this one have the same format.
 */
final class NetworkArchive {

  /** The entry holding the configuration as JSON. */
  static final String CONFIGURATION = "configuration.json";

  /** The entry holding the parameters as one Nd4j array. */
  static final String COEFFICIENTS = "coefficients.bin";

  /** The entry marking a network without parameters. */
  static final String NO_PARAMS = "noParams.marker";

  /** The entry holding the optimiser's state; skipped. */
  static final String UPDATER = "updaterState.bin";

  /** The Java-serialized data normaliser entry; refused. */
  static final String NORMALIZER = "normalizer.bin";

  /** The Java-serialized input preprocessor entry; refused. */
  static final String PREPROCESSOR = "preprocessor.bin";

  /** The most bytes one entry may inflate to: 512 MiB. */
  static final long MAX_ENTRY_BYTES = 512L << 20;

  private NetworkArchive() {}

  /**
   * The network's bytes: configuration and parameters, no updater state.
   *
   * @param network the network
   * @return the zip's bytes
   * @throws IOException if writing fails
   */
  static byte[] write(MultiLayerNetwork network) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(network, bytes, false);
    return bytes.toByteArray();
  }

  /**
   * Reads a network from its bytes.
   *
   * @param zip the bytes {@link #write} or an earlier release wrote
   * @return the network, initialised with its parameters
   * @throws InvalidObjectException if an entry is refused or the network is malformed, saying which
   */
  static MultiLayerNetwork read(byte[] zip) throws InvalidObjectException {
    String json = null;
    byte[] coefficients = null;
    boolean noParams = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        switch (entry.getName()) {
          case CONFIGURATION -> json = new String(bounded(in, entry), StandardCharsets.UTF_8);
          case COEFFICIENTS -> coefficients = bounded(in, entry);
          case NO_PARAMS -> noParams = true;
          case UPDATER -> bounded(in, entry); // optimiser state: not needed to predict
          default -> throw refused(entry.getName());
        }
      }
    } catch (InvalidObjectException e) {
      throw e;
    } catch (IOException e) {
      throw invalid("the network is not a readable Deeplearning4j zip: " + e.getMessage(), e);
    }
    if (json == null || (coefficients == null && !noParams)) {
      throw invalid("the network lacks " + (json == null ? CONFIGURATION : COEFFICIENTS), null);
    }
    NetworkJson.check(json);
    return network(json, coefficients);
  }

  private static MultiLayerNetwork network(String json, byte[] coefficients)
      throws InvalidObjectException {
    MultiLayerConfiguration conf;
    try {
      conf = MultiLayerConfiguration.fromJson(json);
    } catch (RuntimeException e) {
      throw invalid("the network configuration cannot be parsed: " + e.getMessage(), e);
    }
    try {
      INDArray params = null;
      if (coefficients != null) {
        params = Nd4j.read(new DataInputStream(new ByteArrayInputStream(coefficients)));
        conf.setDataType(params.dataType());
      }
      long needed = parameterCount(conf);
      long given = params == null ? 0 : params.length();
      if (given != needed) {
        throw invalid(
            "the network has " + given + " parameters where its configuration needs " + needed,
            null);
      }
      MultiLayerNetwork network = new MultiLayerNetwork(conf);
      network.init(params, false);
      return network;
    } catch (InvalidObjectException e) {
      throw e;
    } catch (RuntimeException | OutOfMemoryError e) {
      throw invalid("the network's parameters cannot be read: " + e.getMessage(), e);
    }
  }

  private static long parameterCount(MultiLayerConfiguration conf) {
    long count = 0;
    for (NeuralNetConfiguration layer : conf.getConfs()) {
      count += layer.getLayer().initializer().numParams(layer);
    }
    return count;
  }

  private static byte[] bounded(InputStream in, ZipEntry entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      total += n;
      if (total > MAX_ENTRY_BYTES) {
        throw invalid(
            "the network entry " + entry.getName() + " inflates past " + MAX_ENTRY_BYTES + " bytes",
            null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static InvalidObjectException refused(String entry) {
    return invalid(
        "the network holds the entry '"
            + entry
            + "', which Glasswing does not read ("
            + PREPROCESSOR
            + " and "
            + NORMALIZER
            + " are Java-serialized objects that could run code); re-save the model with this"
            + " release of Glasswing",
        null);
  }

  static InvalidObjectException invalid(String message, Throwable cause) {
    InvalidObjectException e = new InvalidObjectException("DeepNetClassifier: " + message);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
