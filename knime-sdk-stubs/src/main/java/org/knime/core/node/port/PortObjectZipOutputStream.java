package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Stub: the zip stream port objects are persisted through; only the framework creates one. */
public class PortObjectZipOutputStream extends ZipOutputStream {

  PortObjectZipOutputStream(OutputStream out) {
    super(out);
  }
}
