/**
 * Self-contained HTML reports: a {@link org.glasswing.report.Report} is a title and an ordered list
 * of {@link org.glasswing.report.ReportSection sections}, each a small class that renders one
 * question's answer (the data, the model's accuracy, global and local explanations, the settings);
 * {@link org.glasswing.report.HtmlReportWriter} writes the page with its CSS and its charts inline
 * as SVG, so that it opens offline and prints well.
 */
package org.glasswing.report;
