package com.leadwire.pipeline;

public enum SourceKind {
    FORM, POPUP, PAYMENT, TELEGRAM, API, IMPORT
}
