package org.glasswing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;

/** A credit-g-like dataset, explanations and report, with hostile names to test escaping. */
final class ReportFixtures {

  static final String HOSTILE = "<script>alert('x')</script>";

  private ReportFixtures() {}

  static Schema schema() {
    List<Feature> features =
        List.of(
            Feature.nominal("checking_status", List.of("<0", "0<=X<200", ">=200", "no checking")),
            Feature.numeric("duration"),
            Feature.nominal(
                "credit_history", List.of("critical/other existing credit", "existing paid")),
            Feature.nominal("purpose", List.of("radio/tv", "new car", "A&B \"quoted\"")),
            Feature.numeric("credit_amount"),
            Feature.nominal("savings_status", List.of("<100", "100<=X<500", "no known savings")),
            Feature.numeric("installment_commitment"),
            Feature.nominal("personal_status", List.of("male single", "female div/dep/mar")),
            Feature.numeric("residence_since"),
            Feature.nominal("property_magnitude", List.of("real estate", "car", "no known")),
            Feature.numeric("age"),
            Feature.nominal("housing", List.of("own", "rent", "for free")),
            Feature.numeric("existing_credits"),
            Feature.numeric(HOSTILE),
            Feature.nominal("class", List.of("good", "bad")));
    return new Schema(features, features.size() - 1);
  }

  /** 40 rows; row 0 has checking_status '0<=X<200' and a missing duration; 28 good, 12 bad. */
  static Dataset dataset() {
    Schema schema = schema();
    Random random = new Random(7);
    double[][] rows = new double[40][schema.size()];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < schema.size(); c++) {
        Feature feature = schema.feature(c);
        rows[r][c] =
            feature.isNominal()
                ? random.nextInt(feature.labels().size())
                : Math.round(random.nextDouble() * 60 + 4);
      }
      rows[r][schema.size() - 1] = r < 28 ? 0 : 1;
    }
    rows[0][0] = 1; // checking_status = 0<=X<200
    rows[0][1] = Double.NaN;
    return new Dataset(schema, rows);
  }

  /** One explanation of 'good' for each of the first {@code count} rows. */
  static List<Explanation> explanations(int count, boolean withErrors) {
    Dataset data = dataset();
    Schema schema = data.schema();
    int[] inputs = schema.inputIndices();
    Random random = new Random(11);
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      double[] values = new double[inputs.length];
      double[] phi = new double[inputs.length];
      double[] errors = new double[inputs.length];
      double sum = 0;
      for (int f = 0; f < inputs.length; f++) {
        values[f] = data.value(r, inputs[f]);
        phi[f] = random.nextGaussian() * 0.08 / (1 + f);
        errors[f] = Math.abs(phi[f]) * 0.1 + 0.002;
        sum += phi[f];
      }
      explanations.add(
          new Explanation(
              r,
              0,
              "good",
              0.70,
              0.70 + sum,
              schema.inputs(),
              values,
              phi,
              withErrors ? errors : null,
              withErrors ? "sampling-shapley" : "exact-shapley",
              Map.of()));
    }
    return explanations;
  }

  static ConfusionMatrix confusion() {
    return new ConfusionMatrix(List.of("good", "bad"), new double[][] {{589, 111}, {166, 134}});
  }

  static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("explanation method", "sampling-shapley");
    settings.put("permutations per row", "2000");
    settings.put("background rows", "100");
    settings.put("seed", "1");
    settings.put("threads", "4");
    settings.put("cross-validation time", "1.8 s");
    settings.put("explanation time", "12.4 s");
    settings.put("Glasswing version", "0.1.0-SNAPSHOT");
    settings.put("Java version", System.getProperty("java.version"));
    return settings;
  }

  static Report report() {
    List<Explanation> explanations = explanations(40, true);
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("Dataset", "credit-g (sample)");
    metadata.put("Classifier", "J48 -C 0.25 -M 2");
    metadata.put("Explained class", "good");
    metadata.put("Created", "2025-01-01 12:00");
    return new Report(
        "Glasswing audit: credit-g",
        "How accurate the classifier is, and why it predicts what it does",
        metadata,
        List.of(
            new DatasetSummarySection(dataset(), "credit-g (sample)"),
            ModelPerformanceSection.classification(
                "J48 -C 0.25 -M 2", "10-fold cross-validation, seed 1", confusion()),
            new GlobalImportanceSection(
                GlobalImportance.meanAbsolute(explanations),
                "sampling Shapley values (2000 permutations, 100 background rows)"),
            new LocalExplanationSection(explanations.subList(0, 3), row -> row + 1),
            new SettingsSection(settings())));
  }
}
