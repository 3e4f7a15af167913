/** Knowledge Flow steps of Glasswing (palette folder "Glasswing"). */
package org.glasswing.weka.knowledgeflow;
