package org.glasswing.core.gradient;

import org.glasswing.core.data.Dataset;

/**
 * The reference input of Integrated Gradients: the point the path starts from, where "no evidence"
 * is shown to the network. Given in input coordinates, for one explained input.
 */
public interface Baseline {

  /**
   * The baseline for one input.
   *
   * @param model the explained model
   * @param input the explained row's input coordinates
   * @return the baseline's input coordinates, as many as {@code input}
   * @throws IllegalArgumentException if the baseline does not suit the model
   */
  double[] inputFor(DifferentiableModel model, double[] input);

  /**
   * The baseline's name as the command line spells it.
   *
   * @return such as {@code zeros}
   */
  String name();

  /**
   * All coordinates zero: black for an image, 0 for numbers, no label for a nominal attribute.
   *
   * @return the baseline
   */
  static Baseline zeros() {
    return new Baseline() {
      @Override
      public double[] inputFor(DifferentiableModel model, double[] input) {
        return new double[input.length];
      }

      @Override
      public String name() {
        return "zeros";
      }
    };
  }

  /**
   * The mean input coordinates of some rows (a nominal attribute's indicators become its label
   * shares).
   *
   * @param rows the background rows, at least one
   * @return the baseline
   * @throws IllegalArgumentException if there are no rows
   */
  public static Baseline mean(Dataset rows) {
    if (rows.numRows() == 0) {
      throw new IllegalArgumentException("a mean baseline needs at least one background row");
    }
    return new Baseline() {
      private double[] mean;

      @Override
      public synchronized double[] inputFor(DifferentiableModel model, double[] input) {
        if (mean == null) {
          double[] sum = new double[input.length];
          for (int r = 0; r < rows.numRows(); r++) {
            double[] x = model.encode(rows.row(r));
            for (int i = 0; i < sum.length; i++) {
              sum[i] += x[i];
            }
          }
          for (int i = 0; i < sum.length; i++) {
            sum[i] /= rows.numRows();
          }
          mean = sum;
        }
        return mean.clone();
      }

      @Override
      public String name() {
        return "mean";
      }
    };
  }

  /**
   * The explained image itself, blurred with a Gaussian kernel: it keeps the colours but removes
   * the shapes (Sturmfels, Lundberg and Lee, 2020).
   *
   * @param sigma the kernel's standard deviation in pixels, above 0
   * @return the baseline
   * @throws IllegalArgumentException if sigma is not positive
   */
  public static Baseline blurred(double sigma) {
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("the blur's sigma must be above 0 pixels, got " + sigma);
    }
    return new Baseline() {
      @Override
      public double[] inputFor(DifferentiableModel model, double[] input) {
        ImageShape shape =
            model
                .imageShape()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "a blurred baseline needs images; the model reads tabular rows (use"
                                + " zeros or mean)"));
        return ImageFilters.gaussianBlur(input, shape, sigma);
      }

      @Override
      public String name() {
        return "blurred";
      }
    };
  }
}
