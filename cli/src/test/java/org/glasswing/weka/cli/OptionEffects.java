package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks that every option a command's help shows changes what the command writes (standard output
 * and every file under {@link #out}), is refused in one line where it does not apply, or is one of
 * the documented no-ops: help and version, standard-error only ({@code -q}, {@code -v}), reading
 * only ({@code --encoding}), and thread counts (results do not depend on them).
 *
 * <p>Each option is tried on its own against a reference run of the same context: {@code
 * tries("--k", "--k", "2")} compares the base run with the base run plus {@code --k 2}; {@code
 * within(List.of("--method", "lime"), "--samples", "--samples", "50")} compares base plus {@code
 * --method lime} with and without {@code --samples 50}. A base option given again in a try replaces
 * its base value.
 */
final class OptionEffects {

  /** Options that leave the written result alone by design on every command, with why. */
  static final Map<String, String> NO_OP =
      Map.of(
          "--help", "prints help",
          "--version", "prints the version",
          "--verbose", "adds stack traces to errors only",
          "--quiet", "hides progress and notes on standard error only",
          "--threads", "results do not depend on the thread count",
          "--encoding", "how files are read; the test data is ASCII",
          "--model", "a saved model instead of --classifier, tested in GlobalCommandsTest");

  private final Path out;
  private final List<String> command;
  private final List<String> base;
  private final Map<String, List<List<String>>> tries = new LinkedHashMap<>();
  private final Map<String, List<String>> refusals = new LinkedHashMap<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();
  private final Map<String, String> noOps = new HashMap<>();
  private final Map<List<String>, String> references = new HashMap<>();

  private OptionEffects(Path out, List<String> command, List<String> base) {
    this.out = out;
    this.command = command;
    this.base = base;
  }

  /**
   * Starts the checks of one command.
   *
   * @param out the directory every file the runs write goes to, emptied after each run
   * @param command the command's words, such as {@code conformal} or {@code bench deep}
   * @param base the options of every run, as name-value pairs
   * @return the checks
   */
  static OptionEffects of(Path out, String command, String... base) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OptionEffects(out, List.of(command.split(" ")), List.of(base));
  }

  /**
   * The option changes the output of the base run when these arguments are added.
   *
   * @param name the option's longest name
   * @param args the arguments added, the option among them
   * @return these checks
   */
  OptionEffects tries(String name, String... args) {
    return within(List.of(), name, args);
  }

  /**
   * The option changes the output of the base run plus a context when these arguments are added.
   *
   * @param context arguments in both runs, such as the method the option belongs to
   * @param name the option's longest name
   * @param args the arguments added, the option among them
   * @return these checks
   */
  OptionEffects within(List<String> context, String name, String... args) {
    tries.put(name, List.of(context, List.of(args)));
    return this;
  }

  /**
   * The option is refused in one line naming it when added to the base run (it does not apply
   * there); it must also have a {@link #tries try} where it applies.
   *
   * @param name the option's longest name
   * @param args the arguments added
   * @return these checks
   */
  OptionEffects refused(String name, String... args) {
    refusals.put(name, List.of(args));
    return this;
  }

  /**
   * The option changes only a note on standard error (shown without {@code -q}), such as the
   * quality line of {@code map}; checked by comparing standard error of runs without {@code -q}.
   *
   * @param name the option's longest name
   * @param args the arguments added, the option among them
   * @return these checks
   */
  OptionEffects notes(String name, String... args) {
    notes.put(name, List.of(args));
    return this;
  }

  /**
   * The option leaves this command's output alone, for a documented reason.
   *
   * @param name the option's longest name
   * @param why the reason
   * @return these checks
   */
  OptionEffects noOp(String name, String why) {
    noOps.put(name, why);
    return this;
  }

  /**
   * An option whose check is still to be written, named here so that the gap shows (it is not
   * claimed to be a no-op).
   *
   * @param name the option's longest name
   * @param why what is missing
   * @return these checks
   */
  OptionEffects notYetChecked(String name, String why) {
    return noOp(name, "NOT YET CHECKED: " + why);
  }

  /** Runs the checks. */
  void check() {
    TreeSet<String> shown = new TreeSet<>();
    CommandLine cl = GlasswingCommand.commandLine();
    for (String word : command) {
      cl = cl.getSubcommands().get(word);
    }
    for (OptionSpec option : cl.getCommandSpec().options()) {
      if (!option.hidden()) {
        shown.add(option.longestName());
      }
    }
    String name = String.join(" ", command);
    assertThat(shown)
        .as("every option in the help of " + name + " is tried or documented as a no-op")
        .allMatch(
            o ->
                tries.containsKey(o)
                    || notes.containsKey(o)
                    || NO_OP.containsKey(o)
                    || noOps.containsKey(o));
    assertThat(tries.keySet()).as("tried options of " + name).isSubsetOf(shown);
    for (String option : shown) {
      if (NO_OP.containsKey(option) || noOps.containsKey(option) || notes.containsKey(option)) {
        continue;
      }
      List<String> context = tries.get(option).get(0);
      List<String> extra = tries.get(option).get(1);
      String reference = references.computeIfAbsent(context, c -> written(merge(c, List.of())));
      assertThat(reference).isNotBlank();
      assertThat(written(merge(context, extra)))
          .as(name + " " + context + " " + extra + " changes the output")
          .isNotEqualTo(reference);
    }
    for (Map.Entry<String, List<String>> note : notes.entrySet()) {
      CliRun plain = CliRun.of(merge(List.of(), List.of(), false).toArray(String[]::new));
      CliRun with = CliRun.of(merge(List.of(), note.getValue(), false).toArray(String[]::new));
      assertThat(with.code()).as(with.err()).isZero();
      assertThat(with.err())
          .as(name + " " + note.getValue() + " changes the note")
          .isNotEqualTo(plain.err());
    }
    for (Map.Entry<String, List<String>> refusal : refusals.entrySet()) {
      CliRun run = CliRun.of(merge(List.of(), refusal.getValue()).toArray(String[]::new));
      assertThat(run.code()).as(name + " " + refusal.getValue() + " is refused").isEqualTo(2);
      assertThat(run.err().strip().lines())
          .as(name + " " + refusal.getValue() + ": " + run.err())
          .hasSize(1)
          .allMatch(
              line -> line.startsWith("glasswing: error: ") && line.contains(refusal.getKey()));
    }
  }

  /** The command, then base (less the options {@code extra} gives again), context and extra. */
  private List<String> merge(List<String> context, List<String> extra) {
    return merge(context, extra, true);
  }

  private List<String> merge(List<String> context, List<String> extra, boolean quiet) {
    List<String> args = new ArrayList<>(command);
    List<String> later = new ArrayList<>(context);
    later.addAll(extra);
    for (int i = 0; i < base.size(); i += 2) {
      if (!later.contains(base.get(i))) {
        args.addAll(base.subList(i, Math.min(i + 2, base.size())));
      }
    }
    args.addAll(later);
    if (quiet && !args.contains("-q") && accepts("--quiet")) {
      args.add("-q");
    }
    return args;
  }

  private boolean accepts(String option) {
    CommandLine cl = GlasswingCommand.commandLine();
    for (String word : command) {
      cl = cl.getSubcommands().get(word);
    }
    return cl.getCommandSpec().findOption(option) != null;
  }

  /** What the run wrote: standard output and every file under {@link #out}, which is emptied. */
  private String written(List<String> args) {
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).as(args + ": " + run.err()).isZero();
    StringBuilder all = new StringBuilder(run.out());
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        all.append(out.relativize(file)).append('\n');
        all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }
}
