/**
 * Reading untrusted Java-serialized models: an explicit allow-list of classes assembled from every
 * module's {@code META-INF/glasswing/serial-allowlist.txt} and the user's additions ({@link
 * org.glasswing.weka.serial.SerialAllowList}), limits on the object graph ({@link
 * org.glasswing.weka.serial.SerialLimits}), the per-stream filter that applies both ({@link
 * org.glasswing.weka.serial.ModelFilter}), and a JVM-wide filter factory that a launcher installs
 * so that streams opened inside a model's own {@code readObject} are filtered too ({@link
 * org.glasswing.weka.serial.UntrustedModels}).
 */
package org.glasswing.weka.serial;
