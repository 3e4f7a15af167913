package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.io.Csv;
import org.glasswing.core.io.Rounding;
import org.glasswing.deep.DeepBenchmark;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing bench deep}: times the gradient methods, occlusion and Monte Carlo dropout on a
 * 28×28 CNN ({@link DeepBenchmark}) and prints CSV {@code task,ms_per_item,items,threads}.
 */
@Command(
    name = "deep",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Time the network methods per image on a 28x28 CNN trained on generated shape images:"
          + " gradient, SmoothGrad(50), Integrated Gradients(64), Grad-CAM, occlusion (4x4"
          + " patches), and MC dropout(50) per row. Deeplearning4j's thread count comes from the"
          + " OMP_NUM_THREADS environment variable (e.g. OMP_NUM_THREADS=1 ./glasswing bench"
          + " deep); the last column shows it.",
      ""
    })
public final class DeepBenchCommand implements Callable<Integer>, DigitsChoice {

  @Spec private CommandSpec spec;

  @Mixin private QuietOption quiet;

  @Option(
      names = "--digits",
      paramLabel = "N",
      description =
          "Significant digits of the timings, 1 to 17. Default: 4 on a terminal; full precision"
              + " in pipes, which tools read.")
  private Integer digits;

  @Override
  public Rounding rounding() {
    return DigitsChoice.of(digits, false);
  }

  @Option(
      names = "--images",
      paramLabel = "N",
      defaultValue = "20",
      description = "Timed images per method; the median is printed.")
  private int images;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      defaultValue = "2",
      description = "Training epochs of the CNN (300 images).")
  private int epochs;

  /** Creates the command; picocli fills in the options. */
  public DeepBenchCommand() {}

  @Override
  public Integer call() throws Exception {
    if (images < 1 || epochs < 1) {
      throw new UserInputException("--images and --epochs must be at least 1");
    }
    Thread caller = Thread.currentThread();
    CancellationToken cancelled =
        () -> caller.isInterrupted() || Thread.currentThread().isInterrupted();
    PrintWriter out = spec.commandLine().getOut();
    out.println("task,ms_per_item,items,threads");
    for (DeepBenchmark.Timing t : new DeepBenchmark(images, epochs, 1).run(cancelled)) {
      out.println(
          String.join(
              ",",
              Csv.field(t.task()),
              Csv.number(t.millisPerItem()),
              Integer.toString(t.items()),
              Integer.toString(t.threads())));
    }
    out.flush();
    return 0;
  }
}
