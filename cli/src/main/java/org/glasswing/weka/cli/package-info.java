/**
 * The {@code glasswing} command line for Weka: {@link org.glasswing.weka.cli.GlasswingCommand} is
 * the entry point, {@link org.glasswing.weka.cli.CommonOptions} the options every subcommand
 * shares, and {@link org.glasswing.weka.cli.ExplainSetup} the data, model and rows they work on.
 */
package org.glasswing.weka.cli;
