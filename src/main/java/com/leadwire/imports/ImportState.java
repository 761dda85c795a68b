package com.leadwire.imports;

/** Where an import is: waiting for the node's import runner, running, finished, or stopped by a failure. */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED
}
