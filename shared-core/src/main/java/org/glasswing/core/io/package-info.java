/** Writers that turn results into CSV and JSON text, so that every face prints them alike. */
package org.glasswing.core.io;
