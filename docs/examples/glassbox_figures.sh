#!/usr/bin/env bash
# Reproduces the accuracy and training-time table of docs/glassbox.md: 10-fold CV (seed 1) of the
# three glass boxes beside RandomForest and Logistic on credit-g, iris and the two synthetic sets.
# Usage: docs/examples/glassbox_figures.sh DIR   (DIR holds credit-g.arff and iris.arff from
# Weka's jar; the synthetic sets are written there by glassbox_synthetic.py)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:?give a folder holding credit-g.arff and iris.arff}"
python3 "$here/docs/examples/glassbox_synthetic.py" "$dir"
cp="$here/cli/target/glasswing.jar:$here/cli/target/lib/*"
echo "data,model,cv_accuracy,train_seconds"
for data in credit-g iris additive regions; do
  file="$dir/$data.arff"
  for classifier in weka.classifiers.trees.RandomForest weka.classifiers.functions.Logistic; do
    out=$("$here/glasswing" glassbox --train "$file" --classifier "$classifier" --learner \
      explainable-boosting --folds 10 --seed 1 -q)
    acc=$(echo "$out" | grep '^classifier_accuracy,' | cut -d, -f2)
    secs=$(java -cp "$cp" "$classifier" -t "$file" -no-cv -v 2>/dev/null \
      | grep 'Time taken to build model' | head -1 | awk '{print $(NF-1)}')
    echo "$data,${classifier##*.},$acc,$secs"
  done
  for learner in explainable-boosting sparse-logistic mixture-of-experts; do
    err=$("$here/glasswing" glassbox --train "$file" --classifier weka.classifiers.rules.ZeroR \
      --learner "$learner" --folds 10 --seed 1 2>&1 >/tmp/glassbox-figures.csv)
    acc=$(grep '^glassbox_accuracy,' /tmp/glassbox-figures.csv | cut -d, -f2)
    secs=$(echo "$err" | grep -o 'in [0-9.]* s$' | awk '{print $2}')
    echo "$data,$learner,$acc,$secs"
  done
done
