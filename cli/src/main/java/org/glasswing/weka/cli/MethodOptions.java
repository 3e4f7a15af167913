package org.glasswing.weka.cli;

import picocli.CommandLine.Option;

/**
 * The options of the commands that evaluate explanation methods: which methods, by their catalogue
 * names. Their settings are options derived from the catalogue (see {@link CatalogueDriven}). Add
 * it with {@code @Mixin MethodOptions methods;}.
 */
public final class MethodOptions {

  @Option(
      names = "--method",
      paramLabel = "M[,M2...]",
      required = true,
      description =
          "The methods to evaluate, comma-separated: any tabular local method of 'glasswing"
              + " methods' (exact-shapley, sampling-shapley, kernel-shap, tree-shap, lime,"
              + " occlusion) or the control input-magnitude. Their settings (--budget,"
              + " --background-size, ...) are the catalogue's, with its defaults.")
  private String methods;

  /** Creates the options; picocli fills them in. */
  public MethodOptions() {}

  /**
   * The comma-separated method names.
   *
   * @return the text as given
   */
  public String methods() {
    return methods;
  }
}
