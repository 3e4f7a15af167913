package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Stub: the zip stream port objects are persisted through; only the framework creates one. */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {

  PortObjectSpecZipOutputStream(OutputStream out) {
    super(out);
  }
}
